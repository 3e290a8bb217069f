// smithy-typescript generated code
import { createAggregatedClient } from "@smithy/smithy-client";
import type { HttpHandlerOptions as __HttpHandlerOptions, WaiterConfiguration } from "@smithy/types";
import type { WaiterResult } from "@smithy/util-waiter";

import { CleanRoomsMLClient } from "./CleanRoomsMLClient";
import {
  type GetAudienceModelCommandInput,
  type GetAudienceModelCommandOutput,
  GetAudienceModelCommand,
} from "./commands/GetAudienceModelCommand";
import type { CleanRoomsMLServiceException } from "./models/CleanRoomsMLServiceException";
import type { ResourceNotFoundException } from "./models/errors";
import { replaceWaiterMethods } from "./waiterErrors/aggregatedClientWaiters";
import { typedWaiters } from "./waiterErrors/waiters";
import { waitUntilAudienceModelActive } from "./waiters/waitForAudienceModelActive";
import { waitUntilAudienceModelDeleted } from "./waiters/waitForAudienceModelDeleted";

const commands = {
  GetAudienceModelCommand,
};
const waiters = {
  waitUntilAudienceModelActive,
  waitUntilAudienceModelDeleted,
};

export interface CleanRoomsML {
  /**
   * @see {@link GetAudienceModelCommand}
   */
  getAudienceModel(
    args: GetAudienceModelCommandInput,
    options?: __HttpHandlerOptions
  ): Promise<GetAudienceModelCommandOutput>;
  getAudienceModel(
    args: GetAudienceModelCommandInput,
    cb: (err: any, data?: GetAudienceModelCommandOutput) => void
  ): void;
  getAudienceModel(
    args: GetAudienceModelCommandInput,
    options: __HttpHandlerOptions,
    cb: (err: any, data?: GetAudienceModelCommandOutput) => void
  ): void;

  /**
   * @see {@link GetAudienceModelCommand}
   * @param args - command input.
   * @param waiterConfig - `maxWaitTime` in seconds or waiter config object.
   */
  waitUntilAudienceModelActive(
    args: GetAudienceModelCommandInput,
    waiterConfig: number | Omit<WaiterConfiguration<CleanRoomsML>, "client">
  ): Promise<WaiterResult<GetAudienceModelCommandOutput>>;

  /**
   * @see {@link GetAudienceModelCommand}
   * @param args - command input.
   * @param waiterConfig - `maxWaitTime` in seconds or waiter config object.
   */
  waitUntilAudienceModelDeleted(
    args: GetAudienceModelCommandInput,
    waiterConfig: number | Omit<WaiterConfiguration<CleanRoomsML>, "client">
  ): Promise<WaiterResult<ResourceNotFoundException>>;
}

/**
 * Clean Rooms ML trains lookalike audience models on a party's own data inside AWS Clean Rooms,
 * without the raw records leaving that party's account. This model covers reading an audience
 * model's state with `GetAudienceModel`.
 * @public
 */
export class CleanRoomsML extends CleanRoomsMLClient implements CleanRoomsML {}
createAggregatedClient(commands, CleanRoomsML, { waiters });

// Added by WaiterErrorsIntegration: the waiter methods throw typed waiter errors, as the functions do.
replaceWaiterMethods(CleanRoomsML, typedWaiters);
