// smithy-typescript generated code
export { UnparseableResponseError, UNPARSEABLE_BODY_TEXT_LIMIT } from "./UnparseableResponseError";
export type { UnparseableResponseErrorOptions } from "./UnparseableResponseError";
export { ResponseBodyReadError, ResponseBodyTimeoutError } from "./ResponseBodyReadError";
export type { ResponseBodyReadErrorOptions, ResponseBodyTimeoutOption } from "./ResponseBodyReadError";
export { ResponseTooLargeError } from "./ResponseTooLargeError";
export type { ResponseTooLargeErrorOptions } from "./ResponseTooLargeError";
export { DEFAULT_BODY_TIMEOUT_MS } from "./responseLimitsConfig";
export type { ResponseLimitsInputConfig } from "./responseLimitsConfig";
export * from "./responseSizeLimits";
