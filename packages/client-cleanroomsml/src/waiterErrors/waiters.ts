// smithy-typescript generated code
import type { WaiterConfiguration, WaiterResult } from "@smithy/util-waiter";

import type { CleanRoomsMLClient } from "../CleanRoomsMLClient";
import type { GetAudienceModelCommandInput, GetAudienceModelCommandOutput } from "../commands/GetAudienceModelCommand";
import type { ResourceNotFoundException } from "../models/errors";
import {
  type waitUntilAudienceModelActive as stockWaitUntilAudienceModelActive,
  waitForAudienceModelActive,
} from "../waiters/waitForAudienceModelActive";
import {
  type waitUntilAudienceModelDeleted as stockWaitUntilAudienceModelDeleted,
  waitForAudienceModelDeleted,
} from "../waiters/waitForAudienceModelDeleted";
import { waitUntilOrThrow } from "./waitUntilOrThrow";

// The waitUntil* functions of this client, as exported from its index. Each runs the generated waitFor* (the
// model's acceptors and util-waiter's polling) and throws a WaiterError subclass when it does not succeed.

const statusOfAudienceModelActive = (output: GetAudienceModelCommandOutput) => ({ status: output.status, statusDetails: output.statusDetails });

/**
 * Polls until training has finished and the audience model is ACTIVE. Stops with a failure when training fails, or when the model is being (or failed to be) deleted, since it can then never become active. A rejected ARN, missing permission or credentials the service does not accept also stop it at once.
 *
 * It polls {@link GetAudienceModelCommand} from 30 s, backing off to 300 s between calls, until `status` is `ACTIVE`. It stops with a {@link WaiterFailedError} when `status` is `CREATE_FAILED`, `DELETE_PENDING`, `DELETE_IN_PROGRESS` or `DELETE_FAILED`, or the call fails with `ValidationException`, `AccessDeniedException`, `InputValidationError`, `UnrecognizedClientException`, `InvalidSignatureException`, `MissingAuthenticationTokenException` or `IncompleteSignatureException`.
 *
 * @param params - The client, `maxWaitTime` in seconds, and optionally `minDelay`, `maxDelay` and `abortSignal`.
 * @param input - The input to {@link GetAudienceModelCommand} for polling.
 * @returns `{ state: "SUCCESS", reason }`, where `reason` is the response that ended the wait.
 * @throws {@link WaiterFailedError} when a failure condition matched: the last status, its details and the last response's `$metadata` are on the error.
 * @throws {@link WaiterTimeoutError} (named `TimeoutError`) when `maxWaitTime` ran out.
 * @throws {@link WaiterAbortedError} (named `AbortError`) when `abortSignal` fired.
 * @public
 */
export const waitUntilAudienceModelActive = (async (
  params: WaiterConfiguration<CleanRoomsMLClient>,
  input: GetAudienceModelCommandInput
): Promise<WaiterResult<GetAudienceModelCommandOutput>> =>
  waitUntilOrThrow("AudienceModelActive", waitForAudienceModelActive, params, input, statusOfAudienceModelActive)) satisfies typeof stockWaitUntilAudienceModelActive;

const statusOfAudienceModelDeleted = (output: GetAudienceModelCommandOutput) => ({ status: output.status, statusDetails: output.statusDetails });

/**
 * Polls until the audience model is gone, which the service reports as ResourceNotFoundException. Stops with a failure when the deletion itself fails, or when the ARN is rejected, access is denied or the credentials are not accepted.
 *
 * It polls {@link GetAudienceModelCommand} from 10 s, backing off to 120 s between calls, until the call fails with `ResourceNotFoundException`. It stops with a {@link WaiterFailedError} when `status` is `DELETE_FAILED`, or the call fails with `ValidationException`, `AccessDeniedException`, `InputValidationError`, `UnrecognizedClientException`, `InvalidSignatureException`, `MissingAuthenticationTokenException` or `IncompleteSignatureException`.
 *
 * @param params - The client, `maxWaitTime` in seconds, and optionally `minDelay`, `maxDelay` and `abortSignal`.
 * @param input - The input to {@link GetAudienceModelCommand} for polling.
 * @returns `{ state: "SUCCESS", reason }`, where `reason` is the response that ended the wait.
 * @throws {@link WaiterFailedError} when a failure condition matched: the last status, its details and the last response's `$metadata` are on the error.
 * @throws {@link WaiterTimeoutError} (named `TimeoutError`) when `maxWaitTime` ran out.
 * @throws {@link WaiterAbortedError} (named `AbortError`) when `abortSignal` fired.
 * @public
 */
export const waitUntilAudienceModelDeleted = (async (
  params: WaiterConfiguration<CleanRoomsMLClient>,
  input: GetAudienceModelCommandInput
): Promise<WaiterResult<ResourceNotFoundException>> =>
  waitUntilOrThrow("AudienceModelDeleted", waitForAudienceModelDeleted, params, input, statusOfAudienceModelDeleted)) satisfies typeof stockWaitUntilAudienceModelDeleted;

/**
 * The typed waiter functions by export name, for the aggregated client.
 *
 * @internal
 */
export const typedWaiters = { waitUntilAudienceModelActive, waitUntilAudienceModelDeleted };
