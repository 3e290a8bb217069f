// smithy-typescript generated code
export * from "./InputValidationError";
export * from "./checkInput";
export * from "./inputConstraints";
export type { InputValidationInputConfig, InputValidationOption } from "./inputValidationConfig";
