// smithy-typescript generated code
export { ResponseHeadersTimeoutError } from "./ResponseHeadersTimeoutError";
export type { ResponseHeadersTimeoutErrorOptions } from "./ResponseHeadersTimeoutError";
export { CallTimeoutError } from "./CallTimeoutError";
export type { CallTimeoutErrorOptions } from "./CallTimeoutError";
export { DEFAULT_HEADERS_TIMEOUT_MS } from "./deadlinesConfig";
export type { DeadlinesInputConfig } from "./deadlinesConfig";
