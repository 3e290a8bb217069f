// smithy-typescript generated code
import { getEndpointPlugin } from "@smithy/middleware-endpoint";
import { Command as $Command } from "@smithy/smithy-client";
import type { MetadataBearer as __MetadataBearer } from "@smithy/types";

import type { CleanRoomsMLClientResolvedConfig, ServiceInputTypes, ServiceOutputTypes } from "../CleanRoomsMLClient";
import { commonParams } from "../endpoint/EndpointParameters";
import type { GetAudienceModelRequest, GetAudienceModelResponse } from "../models/models_0";
import { GetAudienceModel$ } from "../schemas/schemas_0";
import { GetAudienceModelMaxResponseBytes } from "../unparseableResponse/responseSizeLimits";
import { getUnparseableResponsePlugin } from "../unparseableResponse/unparseableResponsePlugin";
import { GetAudienceModelInputConstraints } from "../validation/inputConstraints";
import { getInputValidationPlugin } from "../validation/inputValidationPlugin";

/**
 * @public
 */
export type { __MetadataBearer };
export { $Command };
/**
 * @public
 *
 * The input for {@link GetAudienceModelCommand}.
 */
export interface GetAudienceModelCommandInput extends GetAudienceModelRequest {}
/**
 * @public
 *
 * The output of {@link GetAudienceModelCommand}.
 */
export interface GetAudienceModelCommandOutput extends GetAudienceModelResponse, __MetadataBearer {}

/**
 * Reads one audience model: its training window, lifecycle status, encryption key and tags.
 * Poll it to follow training or deletion; the generated waiters do that for you.
 * @example
 * Use a bare-bones client and the command you need to make an API call.
 * ```javascript
 * import { CleanRoomsMLClient, GetAudienceModelCommand } from "@cleanroomsml-sdk/client-cleanroomsml"; // ES Modules import
 * // const { CleanRoomsMLClient, GetAudienceModelCommand } = require("@cleanroomsml-sdk/client-cleanroomsml"); // CommonJS import
 * // import type { CleanRoomsMLClientConfig } from "@cleanroomsml-sdk/client-cleanroomsml";
 * const config = {}; // type is CleanRoomsMLClientConfig
 * const client = new CleanRoomsMLClient(config);
 * const input = { // GetAudienceModelRequest
 *   audienceModelArn: "STRING_VALUE", // required
 * };
 * const command = new GetAudienceModelCommand(input);
 * const response = await client.send(command);
 * // { // GetAudienceModelResponse
 * //   createTime: new Date("TIMESTAMP"), // required
 * //   updateTime: new Date("TIMESTAMP"), // required
 * //   trainingDataStartTime: new Date("TIMESTAMP"),
 * //   trainingDataEndTime: new Date("TIMESTAMP"),
 * //   audienceModelArn: "STRING_VALUE", // required
 * //   name: "STRING_VALUE", // required
 * //   trainingDatasetArn: "STRING_VALUE", // required
 * //   status: "CREATE_PENDING" || "CREATE_IN_PROGRESS" || "CREATE_FAILED" || "ACTIVE" || "DELETE_PENDING" || "DELETE_IN_PROGRESS" || "DELETE_FAILED", // required
 * //   statusDetails: { // StatusDetails
 * //     statusCode: "STRING_VALUE",
 * //     message: "STRING_VALUE",
 * //   },
 * //   kmsKeyArn: "STRING_VALUE",
 * //   tags: { // TagMap
 * //     "<keys>": "STRING_VALUE",
 * //   },
 * //   description: "STRING_VALUE",
 * // };
 *
 * ```
 *
 * @param GetAudienceModelCommandInput - {@link GetAudienceModelCommandInput}
 * @returns {@link GetAudienceModelCommandOutput}
 * @see {@link GetAudienceModelCommandInput} for command's `input` shape.
 * @see {@link GetAudienceModelCommandOutput} for command's `response` shape.
 * @see {@link CleanRoomsMLClientResolvedConfig | config} for CleanRoomsMLClient's `config` shape.
 *
 * @throws {@link AccessDeniedException} (client fault)
 *  The caller's credentials are valid but its policies do not allow this call on this resource.
 *
 * @throws {@link ResourceNotFoundException} (client fault)
 *  No audience model exists with the given ARN in this account and Region, or it has been deleted.
 *
 * @throws {@link ValidationException} (client fault)
 *  The request broke a constraint of the API, for example an ARN that does not match the expected pattern.
 *
 * @throws {@link ThrottlingException} (client fault)
 *  The caller sent too many requests; the SDK retries these with backoff before surfacing them.
 *
 * @throws {@link InputValidationError} (client fault, nothing sent)
 *  The input breaks a rule the client checks before building the request (by default a missing member, a wrong type or a value below its minimum; every constraint with `inputValidation: "strict"`).
 *
 * @throws {@link UnparseableResponseError} (server fault for 5xx, client fault otherwise)
 *  The response body is not what the protocol expects, such as an HTML error page from a proxy; it carries the status, request id, raw response and the body's text.
 *
 * @throws {@link ResponseBodyReadError} (transient, retried)
 *  The connection broke while the response body was read; raised with `$metadata` once the attempts are used up.
 *
 * @throws {@link ResponseBodyTimeoutError} (named `TimeoutError`, transient, retried)
 *  The response body did not finish within the request handler's `requestTimeout`, or no byte of it arrived for the client's `bodyTimeout` (60 s by default); reading stopped and the connection was closed.
 *
 * @throws {@link ResponseTooLargeError} (server fault, not retried but for a 429 or 5xx status)
 *  The response body passed `maxResponseBytes` (by default the operation's limit computed from the model), counted as it arrived or announced by `content-length`; reading stopped and the connection was closed.
 *
 * @throws {@link ResponseHeadersTimeoutError} (named `TimeoutError`, transient, retried)
 *  No response headers arrived within the client's `headersTimeout` (60 s by default, connecting included); the request was aborted.
 *
 * @throws {@link CallTimeoutError} (not retried)
 *  The whole call, retries and back-off included, did not finish within the client's `callTimeout` (off by default); the attempt in flight was aborted.
 *
 * @throws `Error` (no response)
 *  From the runtime when no response arrived: a connection failure (its `code`, such as `ECONNREFUSED`), `TimeoutError` (the handler's `requestTimeout` before headers), `AbortError` (the call's `abortSignal`), or a credential provider's error.
 *
 * @throws {@link CleanRoomsMLServiceException}
 * <p>Base exception class for all service exceptions from CleanRoomsML service.</p>
 *
 *
 * @public
 */
export class GetAudienceModelCommand extends $Command
  .classBuilder<
    GetAudienceModelCommandInput,
    GetAudienceModelCommandOutput,
    CleanRoomsMLClientResolvedConfig,
    ServiceInputTypes,
    ServiceOutputTypes
  >()
  .ep(commonParams)
  .m(function (this: any, Command: any, cs: any, config: CleanRoomsMLClientResolvedConfig, o: any) {
    return [
      getEndpointPlugin(config, Command.getEndpointParameterInstructions()),
      getInputValidationPlugin(config, {
        constraints: GetAudienceModelInputConstraints,
      }),
      getUnparseableResponsePlugin(config, {
        maxResponseBytes: GetAudienceModelMaxResponseBytes,
      }),
    ];
  })
  .s("AWSStarkControlService", "GetAudienceModel", {})
  .n("CleanRoomsMLClient", "GetAudienceModelCommand")
  .sc(GetAudienceModel$)
  .build() {
  /** @internal type navigation helper, not in runtime. */
  protected declare static __types: {
    api: {
      input: GetAudienceModelRequest;
      output: GetAudienceModelResponse;
    };
    sdk: {
      input: GetAudienceModelCommandInput;
      output: GetAudienceModelCommandOutput;
    };
  };
}
