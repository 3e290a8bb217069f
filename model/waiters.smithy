$version: "2.0"

// Waiters for GetAudienceModel. The generator turns each entry into a waitUntil<Name> function in
// src/waiters/, so callers never write their own polling loop.
namespace com.amazonaws.cleanroomsml

use smithy.waiters#waitable

// Training runs for many minutes to hours, so polling starts at 30 s and backs off to at most 5 min.
// Deletion is quicker and polls from 10 s up to 2 min. Callers bound the total time with maxWaitTime.
//
// Smithy's waiter semantics stop on any error no acceptor names, but the TypeScript generator retries
// such errors instead. Errors that waiting cannot cure (a malformed ARN, missing permissions) are
// therefore listed as failures explicitly, so a waiter does not poll them until maxWaitTime runs out.
// ResourceNotFoundException stays retryable for AudienceModelActive: a model read right after it was
// created may not be visible yet.
//
// InputValidationError is not a service error: it is what this SDK's client raises, before sending, for
// input that breaks the model's constraints (codegen/ InputValidationIntegration). Waiting cannot cure
// that either. Smithy warns that the operation does not list it; other generators never see it thrown.
//
// The last four failure acceptors are the errors AWS's SigV4 front end answers (403) before the service
// sees a request: an unknown access key or session token (UnrecognizedClientException), a signature that
// does not verify, is scoped wrongly or has expired (InvalidSignatureException; the client corrects its
// clock from the Date header and retries that case itself), no signature (MissingAuthenticationToken-
// Exception) or a malformed one (IncompleteSignatureException). No operation models them, so without
// these acceptors a waiter with a wrong secret would poll until maxWaitTime. Smithy warns here too.
apply GetAudienceModel @waitable(
    AudienceModelActive: {
        documentation: "Polls until training has finished and the audience model is ACTIVE. Stops with a failure when training fails, or when the model is being (or failed to be) deleted, since it can then never become active. A rejected ARN, missing permission or credentials the service does not accept also stop it at once."
        minDelay: 30
        maxDelay: 300
        acceptors: [
            {
                state: "success"
                matcher: {
                    output: { path: "status", expected: "ACTIVE", comparator: "stringEquals" }
                }
            }
            {
                state: "failure"
                matcher: {
                    output: { path: "status", expected: "CREATE_FAILED", comparator: "stringEquals" }
                }
            }
            {
                state: "failure"
                matcher: {
                    output: { path: "status", expected: "DELETE_PENDING", comparator: "stringEquals" }
                }
            }
            {
                state: "failure"
                matcher: {
                    output: { path: "status", expected: "DELETE_IN_PROGRESS", comparator: "stringEquals" }
                }
            }
            {
                state: "failure"
                matcher: {
                    output: { path: "status", expected: "DELETE_FAILED", comparator: "stringEquals" }
                }
            }
            {
                state: "failure"
                matcher: { errorType: "ValidationException" }
            }
            {
                state: "failure"
                matcher: { errorType: "AccessDeniedException" }
            }
            {
                state: "failure"
                matcher: { errorType: "InputValidationError" }
            }
            {
                state: "failure"
                matcher: { errorType: "UnrecognizedClientException" }
            }
            {
                state: "failure"
                matcher: { errorType: "InvalidSignatureException" }
            }
            {
                state: "failure"
                matcher: { errorType: "MissingAuthenticationTokenException" }
            }
            {
                state: "failure"
                matcher: { errorType: "IncompleteSignatureException" }
            }
        ]
    }
    AudienceModelDeleted: {
        documentation: "Polls until the audience model is gone, which the service reports as ResourceNotFoundException. Stops with a failure when the deletion itself fails, or when the ARN is rejected, access is denied or the credentials are not accepted."
        minDelay: 10
        maxDelay: 120
        acceptors: [
            {
                state: "success"
                matcher: { errorType: "ResourceNotFoundException" }
            }
            {
                state: "failure"
                matcher: {
                    output: { path: "status", expected: "DELETE_FAILED", comparator: "stringEquals" }
                }
            }
            {
                state: "failure"
                matcher: { errorType: "ValidationException" }
            }
            {
                state: "failure"
                matcher: { errorType: "AccessDeniedException" }
            }
            {
                state: "failure"
                matcher: { errorType: "InputValidationError" }
            }
            {
                state: "failure"
                matcher: { errorType: "UnrecognizedClientException" }
            }
            {
                state: "failure"
                matcher: { errorType: "InvalidSignatureException" }
            }
            {
                state: "failure"
                matcher: { errorType: "MissingAuthenticationTokenException" }
            }
            {
                state: "failure"
                matcher: { errorType: "IncompleteSignatureException" }
            }
        ]
    }
)
