import type { ResponseMetadata as __ResponseMetadata } from "@smithy/types";

// The error an attempt fails with when no response headers arrive within headersTimeout. Written by
// DeadlinesIntegration, whose request handler wrapper enforces that deadline.

/**
 * What {@link ResponseHeadersTimeoutError} is built from.
 *
 * @public
 */
export interface ResponseHeadersTimeoutErrorOptions {
  /** The `headersTimeout` that ran out, in milliseconds. */
  timeoutMs: number;
  /** Where the request went, e.g. `GET cleanrooms-ml.us-east-1.amazonaws.com`; named in the message. */
  target?: string;
}

/**
 * Rejected from `client.send` when, on the last attempt, no response headers arrived within the client's
 * `headersTimeout` (60 s by default): the host could not be reached, the connection could not be made, or the server
 * accepted the request and never answered. The attempt's request was aborted, so the server saw the client hang up
 * and no socket is left waiting.
 *
 * Its `name` is `"TimeoutError"`, like the request handlers' own timeouts, and it is transient: the retry strategies
 * retry it (as botocore retries its connect and read timeouts), so it surfaces only when the attempts run out, with
 * `$metadata.attempts`. There is no status: no response arrived.
 *
 * @public
 */
export class ResponseHeadersTimeoutError extends Error {
  override name: string = "TimeoutError";
  /** No response arrived, so no status; the retry middleware adds `attempts` and `totalRetryDelay`. */
  readonly $metadata: __ResponseMetadata = {};
  /** Read by `@smithy/core`'s retry classification: any `$retryable` makes an error transient. */
  readonly $retryable = { throttling: false };
  /** The `headersTimeout` that ran out, in milliseconds. */
  readonly timeoutMs: number;
  /** The client option that ran out. */
  readonly option = "headersTimeout" as const;

  /**
   * @internal
   */
  constructor({ timeoutMs, target }: ResponseHeadersTimeoutErrorOptions) {
    super(
      `${target ? `${target}: no` : "No"} response headers arrived within the headersTimeout of ${timeoutMs} ms ` +
        "(connecting included); the request was aborted.",
    );
    Object.setPrototypeOf(this, new.target.prototype);
    this.timeoutMs = timeoutMs;
  }
}
