// smithy-typescript generated code
export { UnparseableResponseError, UNPARSEABLE_BODY_TEXT_LIMIT } from "./UnparseableResponseError";
export type { UnparseableResponseErrorOptions } from "./UnparseableResponseError";
export { ResponseBodyReadError, ResponseBodyTimeoutError } from "./ResponseBodyReadError";
export type { ResponseBodyReadErrorOptions } from "./ResponseBodyReadError";
