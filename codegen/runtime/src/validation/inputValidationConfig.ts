import type { InputCheckLevel } from "./checkInput";

// The client option that chooses how much input validation runs before a request is built. Written by
// InputValidationIntegration.

/**
 * What `inputValidation` accepts: `true` (the default), `"strict"` or `false`.
 *
 * @public
 */
export type InputValidationOption = boolean | "strict";

/**
 * @public
 */
export interface InputValidationInputConfig {
  /**
   * How much of the model's constraints a command checks before anything is built or sent. A refused input rejects
   * with `InputValidationError` (`$fault: "client"`, naming the member and the rule) and nothing is sent.
   *
   * - omitted or `true` (the default): refuse what botocore refuses and what the request cannot be built without: a
   *   missing `@required` member, a value of the wrong JavaScript type, a string or list shorter than its `@length`
   *   minimum, a number below its `@range` minimum, an empty `@httpLabel`. Everything else is sent, and the service
   *   answers (an ARN outside the model's pattern comes back as `ValidationException`). Smithy's specification says
   *   constraint traits are not enforced when a request is serialized, so a deployed client keeps working when the
   *   service relaxes a pattern, raises a maximum or adds an enum value.
   * - `"strict"`: every constraint of the model as well: `@pattern`, both `@length` and `@range` bounds, enum
   *   membership. For callers who want to fail fast offline and accept that a relaxed service rule then needs a
   *   regenerated client.
   * - `false`: only what the request cannot be built without: a missing or empty `@httpLabel` (here the ARN, which
   *   fills the URL path). Everything else goes to the service as given.
   */
  inputValidation?: InputValidationOption;
}

/**
 * @internal
 */
export interface InputValidationResolvedConfig {
  /** The option as given, `true` when omitted. */
  inputValidation: InputValidationOption;
}

/**
 * @internal
 */
export const resolveInputValidationConfig = <T>(
  input: T & InputValidationInputConfig,
): T & InputValidationResolvedConfig => {
  const option: unknown = input.inputValidation ?? true;
  if (option !== true && option !== false && option !== "strict") {
    // A misspelt mode must not quietly select one the caller did not ask for.
    throw new TypeError(`inputValidation must be true, false or "strict", not ${JSON.stringify(option)}`);
  }
  return Object.assign(input, { inputValidation: option });
};

/**
 * The checker level an `inputValidation` option selects.
 *
 * @internal
 */
export const inputCheckLevel = (option: InputValidationOption): InputCheckLevel =>
  option === "strict" ? "strict" : option === false ? "serialization" : "default";
