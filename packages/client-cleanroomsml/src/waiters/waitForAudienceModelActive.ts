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

const checkState = async (client: CleanRoomsMLClient, input: GetAudienceModelCommandInput): Promise<WaiterResult<GetAudienceModelCommandOutput | CleanRoomsMLServiceException>> => {
  let reason;
  try {
    let result: GetAudienceModelCommandOutput & any = await client.send(new GetAudienceModelCommand(input));
    reason = result;
    try {
      const returnComparator = () => {
        return result.status;
      }
      if (returnComparator() === "ACTIVE") {
        return { state: WaiterState.SUCCESS, reason };
      }
    } catch (e) {}
    try {
      const returnComparator = () => {
        return result.status;
      }
      if (returnComparator() === "CREATE_FAILED") {
        return { state: WaiterState.FAILURE, reason };
      }
    } catch (e) {}
    try {
      const returnComparator = () => {
        return result.status;
      }
      if (returnComparator() === "DELETE_PENDING") {
        return { state: WaiterState.FAILURE, reason };
      }
    } catch (e) {}
    try {
      const returnComparator = () => {
        return result.status;
      }
      if (returnComparator() === "DELETE_IN_PROGRESS") {
        return { state: WaiterState.FAILURE, reason };
      }
    } catch (e) {}
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
 * Polls until training has finished and the audience model is ACTIVE. Stops with a failure when training fails, or when the model is being (or failed to be) deleted, since it can then never become active. A rejected ARN, missing permission or credentials the service does not accept also stop it at once.
 *  @deprecated Use waitUntilAudienceModelActive instead. waitForAudienceModelActive does not throw error in non-success cases.
 */
export const waitForAudienceModelActive = async (
  params: WaiterConfiguration<CleanRoomsMLClient>,
  input: GetAudienceModelCommandInput
): Promise<WaiterResult<GetAudienceModelCommandOutput | CleanRoomsMLServiceException>> => {
  const serviceDefaults = { minDelay: 30, maxDelay: 300 };
  return createWaiter({ ...serviceDefaults, ...params }, input, checkState);
};
/**
 * Polls until training has finished and the audience model is ACTIVE. Stops with a failure when training fails, or when the model is being (or failed to be) deleted, since it can then never become active. A rejected ARN, missing permission or credentials the service does not accept also stop it at once.
 *  @param params - Waiter configuration options.
 *  @param input - The input to GetAudienceModelCommand for polling.
 */
export const waitUntilAudienceModelActive = async (
  params: WaiterConfiguration<CleanRoomsMLClient>,
  input: GetAudienceModelCommandInput
): Promise<WaiterResult<GetAudienceModelCommandOutput>> => {
  const serviceDefaults = { minDelay: 30, maxDelay: 300 };
  const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState);
  return checkExceptions(result) as WaiterResult<GetAudienceModelCommandOutput>;
};
