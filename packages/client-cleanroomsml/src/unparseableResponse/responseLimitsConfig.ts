// smithy-typescript generated code
// Source: codegen/runtime/src/unparseableResponse/responseLimitsConfig.ts (copied unchanged by codegen); edit it there, then npm run generate.
// The client options that bound each response body: how large it may be and how long it may stall. Written by
// UnparseableResponseIntegration, whose buffering middleware enforces both while it reads the body.

/**
 * Default `bodyTimeout`: 60 s, botocore's default read timeout (the longest wait for the next byte from the server).
 *
 * @public
 */
export const DEFAULT_BODY_TIMEOUT_MS = 60_000;

/**
 * @public
 */
export interface ResponseLimitsInputConfig {
  /**
   * The largest response body, in bytes, the client reads into memory; past it the call rejects with
   * `ResponseTooLargeError` and the connection is closed. Defaults to each operation's own limit, computed from the
   * model (`MaxResponseBytesByOperation`: the largest well-formed response, twice over). A number sets one limit for
   * every operation; `false` turns the limit off.
   */
  maxResponseBytes?: number | false;
  /**
   * Once the response headers have arrived, the longest the body may go without a byte arriving, in milliseconds;
   * past it the attempt fails with a retryable `ResponseBodyTimeoutError` (name `"TimeoutError"`) and the connection
   * is closed. Default {@link DEFAULT_BODY_TIMEOUT_MS} (60 s, as botocore's read timeout). `false` turns it off.
   */
  bodyTimeout?: number | false;
}

/**
 * @internal
 */
export interface ResponseLimitsResolvedConfig {
  /** A number applies to every operation; undefined leaves each operation its own default; false is no limit. */
  maxResponseBytes?: number | false;
  bodyTimeout: number | false;
}

/**
 * Checks both options when the client is built, so a bad value fails there and not on some later call.
 *
 * @internal
 */
export const resolveResponseLimitsConfig = <T>(input: T & ResponseLimitsInputConfig): T & ResponseLimitsResolvedConfig =>
  Object.assign(input, {
    maxResponseBytes: positiveOrOff("maxResponseBytes", input.maxResponseBytes, "bytes"),
    bodyTimeout: positiveOrOff("bodyTimeout", input.bodyTimeout, "milliseconds") ?? DEFAULT_BODY_TIMEOUT_MS,
  });

/** undefined stays undefined (the default applies), Infinity means off, anything else must be a positive number. */
function positiveOrOff(option: string, value: unknown, unit: string): number | false | undefined {
  if (value === undefined || value === false) return value;
  if (value === Infinity) return false;
  if (typeof value === "number" && value > 0 && Number.isFinite(value)) return value;
  throw new TypeError(`${option} must be a positive number of ${unit}, or false to turn it off; got ${describe(value)}.`);
}

function describe(value: unknown): string {
  return typeof value === "string" ? JSON.stringify(value) : String(value);
}
