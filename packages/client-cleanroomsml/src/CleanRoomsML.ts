// smithy-typescript generated code
import { createAggregatedClient } from "@smithy/smithy-client";
import type { HttpHandlerOptions as __HttpHandlerOptions } from "@smithy/types";

import { CleanRoomsMLClient } from "./CleanRoomsMLClient";
import {
  type GetAudienceModelCommandInput,
  type GetAudienceModelCommandOutput,
  GetAudienceModelCommand,
} from "./commands/GetAudienceModelCommand";

const commands = {
  GetAudienceModelCommand,
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
}

/**
 * Clean Rooms ML trains lookalike audience models on a party's own data inside AWS Clean Rooms,
 * without the raw records leaving that party's account. This model covers reading an audience
 * model's state with `GetAudienceModel`.
 * @public
 */
export class CleanRoomsML extends CleanRoomsMLClient implements CleanRoomsML {}
createAggregatedClient(commands, CleanRoomsML);
