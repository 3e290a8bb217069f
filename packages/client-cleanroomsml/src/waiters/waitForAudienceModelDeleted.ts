// smithy-typescript generated code
import {
  type WaiterConfiguration,
  type WaiterResult,
  checkExceptions,
  createWaiter,
  WaiterState,
} from "@smithy/util-waiter";

import type { CleanRoomsMLClient } from "../CleanRoomsMLClient";
import {
  type GetAudienceModelCommandInput,
  type GetAudienceModelCommandOutput,
  GetAudienceModelCommand,
} from "../commands/GetAudienceModelCommand";
import type { CleanRoomsMLServiceException } from "../models/CleanRoomsMLServiceException";
import type { ResourceNotFoundException } from "../models/errors";

const checkState = async (client: CleanRoomsMLClient, input: GetAudienceModelCommandInput): Promise<WaiterResult<GetAudienceModelCommandOutput | CleanRoomsMLServiceException>> => {
  let reason;
  try {
    let result: GetAudienceModelCommandOutput & any = await client.send(new GetAudienceModelCommand(input));
    reason = result;
    try {
      const returnComparator = () => {
        return result.status;
      }
      if (returnComparator() === "DELETE_FAILED") {
        return { state: WaiterState.FAILURE, reason };
      }
    } catch (e) {}
  } catch (exception) {
    reason = exception;
    if (exception.name === "ResourceNotFoundException") {
      return { state: WaiterState.SUCCESS, reason };
    }
    if (exception.name === "ValidationException") {
      return { state: WaiterState.FAILURE, reason };
    }
    if (exception.name === "AccessDeniedException") {
      return { state: WaiterState.FAILURE, reason };
    }
    if (exception.name === "InputValidationError") {
      return { state: WaiterState.FAILURE, reason };
    }
    if (exception.name === "UnrecognizedClientException") {
      return { state: WaiterState.FAILURE, reason };
    }
    if (exception.name === "InvalidSignatureException") {
      return { state: WaiterState.FAILURE, reason };
    }
    if (exception.name === "MissingAuthenticationTokenException") {
      return { state: WaiterState.FAILURE, reason };
    }
    if (exception.name === "IncompleteSignatureException") {
      return { state: WaiterState.FAILURE, reason };
    }
  }
  return { state: WaiterState.RETRY, reason };
};
/**
 * Polls until the audience model is gone, which the service reports as ResourceNotFoundException. Stops with a failure when the deletion itself fails, or when the ARN is rejected, access is denied or the credentials are not accepted.
 *  @deprecated Use waitUntilAudienceModelDeleted instead. waitForAudienceModelDeleted does not throw error in non-success cases.
 */
export const waitForAudienceModelDeleted = async (
  params: WaiterConfiguration<CleanRoomsMLClient>,
  input: GetAudienceModelCommandInput
): Promise<WaiterResult<GetAudienceModelCommandOutput | CleanRoomsMLServiceException>> => {
  const serviceDefaults = { minDelay: 10, maxDelay: 120 };
  return createWaiter({ ...serviceDefaults, ...params }, input, checkState);
};
/**
 * Polls until the audience model is gone, which the service reports as ResourceNotFoundException. Stops with a failure when the deletion itself fails, or when the ARN is rejected, access is denied or the credentials are not accepted.
 *  @param params - Waiter configuration options.
 *  @param input - The input to GetAudienceModelCommand for polling.
 */
export const waitUntilAudienceModelDeleted = async (
  params: WaiterConfiguration<CleanRoomsMLClient>,
  input: GetAudienceModelCommandInput
): Promise<WaiterResult<ResourceNotFoundException>> => {
  const serviceDefaults = { minDelay: 10, maxDelay: 120 };
  const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState);
  return checkExceptions(result) as WaiterResult<ResourceNotFoundException>;
};
