import type { ResponseMetadata as __ResponseMetadata } from "@smithy/types";

// The error a call rejects with when callTimeout passes. Written by DeadlinesIntegration.

/**
 * What {@link CallTimeoutError} is built from.
 *
 * @public
 */
export interface CallTimeoutErrorOptions {
  /** The `callTimeout` that ran out, in milliseconds. */
  timeoutMs: number;
  /** Attempts started before it ran out. */
  attempts: number;
  /** Why the last finished attempt failed, if one did. */
  lastError?: unknown;
  /** Operation of the call, e.g. `GetAudienceModel`; named in the message. */
  operation?: string;
}

/**
 * Rejected from `client.send` when the client's `callTimeout` passes before the call is done: all its attempts, the
 * back-off between them and reading the last response count. The attempt in flight is aborted (the server sees the
 * client hang up), no further attempt starts, and the call rejects at once, even in the middle of a back-off.
 *
 * It is not retried: it is raised outside the retry loop, and nothing about it reads as transient to the retry
 * strategies or `@smithy/core`'s classification (its `name` is `"CallTimeoutError"`; the last attempt's error, which
 * may well be transient, is kept as `lastAttemptError` rather than `cause`, which that classification would follow).
 * `$metadata.attempts` says how many attempts had started and `timeoutMs` which deadline passed.
 *
 * @public
 */
export class CallTimeoutError extends Error {
  override name: string = "CallTimeoutError";
  /** `attempts`: how many attempts had started. */
  readonly $metadata: __ResponseMetadata;
  /** The `callTimeout` that ran out, in milliseconds. */
  readonly timeoutMs: number;
  /** The error of the last attempt that failed before the deadline, if one did. Not enumerable. */
  declare readonly lastAttemptError: unknown;

  /**
   * @internal
   */
  constructor({ timeoutMs, attempts, lastError, operation }: CallTimeoutErrorOptions) {
    const last = lastError === undefined ? "" : `; the last failed attempt's error is in lastAttemptError`;
    super(
      `${operation ?? "The call"} did not complete within the callTimeout of ${timeoutMs} ms ` +
        `(${attempts} attempt${attempts === 1 ? "" : "s"} started${last}); it was stopped and is not retried.`,
    );
    Object.setPrototypeOf(this, new.target.prototype);
    this.$metadata = { attempts };
    this.timeoutMs = timeoutMs;
    Object.defineProperty(this, "lastAttemptError", { value: lastError, enumerable: false, writable: false, configurable: true });
  }
}
