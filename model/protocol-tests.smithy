$version: "2.0"

// Smithy protocol compliance cases for GetAudienceModel over restJson1. The generator turns them into
// packages/client-cleanroomsml/test/functional/restjson1.spec.ts (a vitest suite), which `npm test` runs as generated.
// The handwritten vector table in test/vectors/ goes further (real transports, a browser, retries, faults);
// these cases pin the wire format in the model itself, where any Smithy code generator can check it.
namespace com.amazonaws.cleanroomsml

use aws.protocols#restJson1
use smithy.test#httpRequestTests
use smithy.test#httpResponseTests

apply GetAudienceModel @httpRequestTests([
    {
        id: "GetAudienceModelPercentEncodesArnLabel"
        documentation: "The ARN label is one path segment: ':' becomes %3A and '/' becomes %2F; '.', '_' and '-' stay as they are."
        protocol: restJson1
        method: "GET"
        uri: "/audience-model/arn%3Aaws%3Acleanrooms-ml%3Aus-east-1%3A123456789012%3Aaudience-model%2Fteam_a%2Fmodel-1.v2"
        body: ""
        forbidHeaders: ["Content-Type", "Content-Length"]
        params: {
            audienceModelArn: "arn:aws:cleanrooms-ml:us-east-1:123456789012:audience-model/team_a/model-1.v2"
        }
        appliesTo: "client"
    }
    {
        id: "GetAudienceModelEncodesArnInOtherPartition"
        documentation: "An ARN from another partition (aws-cn) is encoded the same way; the label is not interpreted."
        protocol: restJson1
        method: "GET"
        uri: "/audience-model/arn%3Aaws-cn%3Acleanrooms-ml%3Acn-north-1%3A123456789012%3Aaudience-model%2Fm"
        body: ""
        params: {
            audienceModelArn: "arn:aws-cn:cleanrooms-ml:cn-north-1:123456789012:audience-model/m"
        }
        appliesTo: "client"
    }
])

apply GetAudienceModel @httpResponseTests([
    {
        id: "GetAudienceModelParsesEveryOutputMember"
        documentation: "A 200 with every member set: date-time timestamps (with fractional seconds), the enum, details and tags."
        protocol: restJson1
        code: 200
        headers: { "Content-Type": "application/json" }
        body: """
            {
                "createTime": "2026-03-01T10:00:00.250Z",
                "updateTime": "2026-03-02T11:30:00Z",
                "trainingDataStartTime": "2026-01-01T00:00:00Z",
                "trainingDataEndTime": "2026-02-01T00:00:00Z",
                "audienceModelArn": "arn:aws:cleanrooms-ml:us-east-1:123456789012:audience-model/m",
                "name": "spring-lookalikes",
                "trainingDatasetArn": "arn:aws:cleanrooms-ml:us-east-1:123456789012:training-dataset/ds-1",
                "status": "CREATE_FAILED",
                "statusDetails": { "statusCode": "InsufficientData", "message": "too few rows" },
                "kmsKeyArn": "arn:aws:kms:us-east-1:123456789012:key/abcd-1234",
                "tags": { "team": "growth", "note": "\u00e9t\u00e9 \u2603" },
                "description": "lookalikes for the spring campaign"
            }"""
        bodyMediaType: "application/json"
        params: {
            createTime: 1772359200.25
            updateTime: 1772451000
            trainingDataStartTime: 1767225600
            trainingDataEndTime: 1769904000
            audienceModelArn: "arn:aws:cleanrooms-ml:us-east-1:123456789012:audience-model/m"
            name: "spring-lookalikes"
            trainingDatasetArn: "arn:aws:cleanrooms-ml:us-east-1:123456789012:training-dataset/ds-1"
            status: "CREATE_FAILED"
            statusDetails: { statusCode: "InsufficientData", message: "too few rows" }
            kmsKeyArn: "arn:aws:kms:us-east-1:123456789012:key/abcd-1234"
            tags: { team: "growth", note: "été ☃" }
            description: "lookalikes for the spring campaign"
        }
        appliesTo: "client"
    }
    {
        id: "GetAudienceModelParsesRequiredMembersOnly"
        documentation: "Optional members absent from the body stay absent from the output."
        protocol: restJson1
        code: 200
        headers: { "Content-Type": "application/json" }
        body: """
            {
                "createTime": "2026-03-01T10:00:00Z",
                "updateTime": "2026-03-01T10:00:00Z",
                "audienceModelArn": "arn:aws:cleanrooms-ml:us-east-1:123456789012:audience-model/m",
                "name": "m",
                "trainingDatasetArn": "arn:aws:cleanrooms-ml:us-east-1:123456789012:training-dataset/ds-1",
                "status": "ACTIVE"
            }"""
        bodyMediaType: "application/json"
        params: {
            createTime: 1772359200
            updateTime: 1772359200
            audienceModelArn: "arn:aws:cleanrooms-ml:us-east-1:123456789012:audience-model/m"
            name: "m"
            trainingDatasetArn: "arn:aws:cleanrooms-ml:us-east-1:123456789012:training-dataset/ds-1"
            status: "ACTIVE"
        }
        appliesTo: "client"
    }
    {
        id: "GetAudienceModelIgnoresUnknownFields"
        documentation: "JSON fields the model does not know are dropped. (An unknown status value cannot be written here: the
        test traits validate params against the enum, so the handwritten vectors cover it.)"
        protocol: restJson1
        code: 200
        headers: { "Content-Type": "application/json" }
        body: """
            {
                "createTime": "2026-03-01T10:00:00Z",
                "updateTime": "2026-03-01T10:00:00Z",
                "audienceModelArn": "arn:aws:cleanrooms-ml:us-east-1:123456789012:audience-model/m",
                "name": "m",
                "trainingDatasetArn": "arn:aws:cleanrooms-ml:us-east-1:123456789012:training-dataset/ds-1",
                "status": "DELETE_PENDING",
                "someFutureField": { "nested": [1, 2, 3] }
            }"""
        bodyMediaType: "application/json"
        params: {
            createTime: 1772359200
            updateTime: 1772359200
            audienceModelArn: "arn:aws:cleanrooms-ml:us-east-1:123456789012:audience-model/m"
            name: "m"
            trainingDatasetArn: "arn:aws:cleanrooms-ml:us-east-1:123456789012:training-dataset/ds-1"
            status: "DELETE_PENDING"
        }
        appliesTo: "client"
    }
])

apply ResourceNotFoundException @httpResponseTests([
    {
        id: "GetAudienceModelResourceNotFoundViaErrorTypeHeader"
        documentation: "A 404 names its error in the X-Amzn-Errortype header."
        protocol: restJson1
        code: 404
        headers: { "Content-Type": "application/json", "X-Amzn-Errortype": "ResourceNotFoundException" }
        body: "{\"message\":\"Audience model not found\"}"
        bodyMediaType: "application/json"
        params: { message: "Audience model not found" }
        appliesTo: "client"
    }
    {
        id: "GetAudienceModelResourceNotFoundViaQualifiedType"
        documentation: "__type may carry a namespace prefix and a ':'-separated suffix; both are stripped."
        protocol: restJson1
        code: 404
        headers: { "Content-Type": "application/json" }
        body: "{\"__type\":\"com.amazonaws.cleanroomsml#ResourceNotFoundException:http://internal.amazon.com/coral/\",\"message\":\"gone\"}"
        bodyMediaType: "application/json"
        params: { message: "gone" }
        appliesTo: "client"
    }
])

apply AccessDeniedException @httpResponseTests([
    {
        id: "GetAudienceModelAccessDeniedViaErrorTypeHeader"
        documentation: "A 403 names its error in the X-Amzn-Errortype header."
        protocol: restJson1
        code: 403
        headers: { "Content-Type": "application/json", "X-Amzn-Errortype": "AccessDeniedException" }
        body: "{\"message\":\"not allowed\"}"
        bodyMediaType: "application/json"
        params: { message: "not allowed" }
        appliesTo: "client"
    }
])

apply ValidationException @httpResponseTests([
    {
        id: "GetAudienceModelValidationViaCode"
        documentation: "A 400 may name its error only in the body's code field."
        protocol: restJson1
        code: 400
        headers: { "Content-Type": "application/json" }
        body: "{\"code\":\"ValidationException\",\"message\":\"bad arn\"}"
        bodyMediaType: "application/json"
        params: { message: "bad arn" }
        appliesTo: "client"
    }
])

apply ThrottlingException @httpResponseTests([
    {
        id: "GetAudienceModelThrottlingViaErrorTypeHeader"
        documentation: "A 429 names its error in the X-Amzn-Errortype header, here with the ':'-suffix some services append."
        protocol: restJson1
        code: 429
        headers: { "Content-Type": "application/json", "X-Amzn-Errortype": "ThrottlingException:http://internal.amazon.com/coral/com.amazonaws.cleanroomsml/" }
        body: "{\"message\":\"slow down\"}"
        bodyMediaType: "application/json"
        params: { message: "slow down" }
        appliesTo: "client"
    }
])
