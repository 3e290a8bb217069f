// smithy-typescript generated code
import type { OperationInputConstraints } from "./checkInput";

/**
 * Constraints the model puts on {@link GetAudienceModelCommand} input, as plain data.
 * The client checks them before sending; servers and tests can check the same rules.
 *
 * @public
 */
export const GetAudienceModelInputConstraints: OperationInputConstraints = {
  "operation": "GetAudienceModel",
  "shape": "com.amazonaws.cleanroomsml#GetAudienceModelRequest",
  "type": "structure",
  "members": {
    "audienceModelArn": {
      "shape": "com.amazonaws.cleanroomsml#AudienceModelArn",
      "type": "string",
      "required": true,
      "httpLabel": true,
      "length": {
        "min": 20,
        "max": 2048
      },
      "pattern": "^arn:aws[-a-z]*:cleanrooms-ml:[-a-z0-9]+:[0-9]{12}:audience-model/[-a-zA-Z0-9_/.]+$"
    }
  }
};

/**
 * Every operation's input constraints, keyed by operation name.
 *
 * @public
 */
export const InputConstraintsByOperation: { readonly [operation: string]: OperationInputConstraints } = {
  GetAudienceModel: GetAudienceModelInputConstraints,
};
