// smithy-typescript generated code
// Source: codegen/runtime/src/deadlines/deadlinesConfig.ts (copied unchanged by codegen); edit it there, then npm run generate.
// The client options for deadlines the request handlers do not enforce on their own. Written by DeadlinesIntegration.

/**
 * Default `headersTimeout`: 60 s. botocore gives a call 60 s to connect and then 60 s between reads (the response
 * headers included); one 60 s deadline for both, connecting included, is at least as strict in every case.
 *
 * @public
 */
export const DEFAULT_HEADERS_TIMEOUT_MS = 60_000;

/**
 * @public
 */
export interface DeadlinesInputConfig {
  /**
   * The longest an attempt may wait for the response headers, in milliseconds, from when its request is handed to the
   * request handler: connecting (DNS, TCP, TLS), sending and the server's wait all count. Past it the attempt's
   * request is aborted (the server sees the client hang up) and the attempt fails with a retryable
   * `ResponseHeadersTimeoutError` (name `"TimeoutError"`). Default {@link DEFAULT_HEADERS_TIMEOUT_MS} (60 s), on every
   * request handler; `false` turns it off.
   */
  headersTimeout?: number | false;
  /**
   * The longest a whole call may take, in milliseconds: every attempt, the back-off between them, and reading the
   * last response. Past it the attempt in flight is aborted and the call rejects with `CallTimeoutError`, which is not
   * retried. Off by default (`false`): the per-attempt deadlines (`headersTimeout`, `bodyTimeout`, the handler's
   * `requestTimeout`) and `maxAttempts` bound a call already; set this when a caller cannot wait that long.
   */
  callTimeout?: number | false;
}

/**
 * @internal
 */
export interface DeadlinesResolvedConfig {
  headersTimeout: number | false;
  callTimeout: number | false;
}

/**
 * Checks both options when the client is built, so a bad value fails there and not on some later call.
 *
 * @internal
 */
export const resolveDeadlinesConfig = <T>(input: T & DeadlinesInputConfig): T & DeadlinesResolvedConfig =>
  Object.assign(input, {
    headersTimeout: milliseconds("headersTimeout", input.headersTimeout, DEFAULT_HEADERS_TIMEOUT_MS),
    callTimeout: milliseconds("callTimeout", input.callTimeout, false),
  });

/** A positive number of milliseconds, or false (also for Infinity) for no deadline; anything else is refused. */
function milliseconds(option: string, value: unknown, fallback: number | false): number | false {
  if (value === undefined) return fallback;
  if (value === false || value === Infinity) return false;
  if (typeof value === "number" && value > 0 && Number.isFinite(value)) return value;
  const shown = typeof value === "string" ? JSON.stringify(value) : String(value);
  throw new TypeError(`${option} must be a positive number of milliseconds, or false for no deadline; got ${shown}.`);
}
