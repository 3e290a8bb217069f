// smithy-typescript generated code
// Source: codegen/runtime/src/validation/inputValidationConfig.ts (copied unchanged by codegen); edit it there, then npm run generate.
// The client option that turns input validation off. Written by InputValidationIntegration.

/**
 * @public
 */
export interface InputValidationInputConfig {
  /**
   * Check each command's input against the model's constraints before sending, rejecting with
   * `InputValidationError` (default `true`). Set `false` only if the service accepts values this client's model
   * refuses, for example after a constraint was relaxed and before this client is regenerated.
   */
  inputValidation?: boolean;
}

/**
 * @internal
 */
export interface InputValidationResolvedConfig {
  inputValidation: boolean;
}

/**
 * @internal
 */
export const resolveInputValidationConfig = <T>(
  input: T & InputValidationInputConfig,
): T & InputValidationResolvedConfig => Object.assign(input, { inputValidation: input.inputValidation ?? true });
