// smithy-typescript generated code
// Source: codegen/runtime/src/retryOutcome/RetryOutcome.ts (copied unchanged by codegen); edit it there, then npm run generate.
// Why a failed call was not retried (again), as a field on its error and a few words on its message. Written by
// RetryOutcomeIntegration; retryOutcomePlugin.ts decides the outcome and calls annotateRetryOutcome.

/**
 * Why the client stopped and handed this error back instead of trying again.
 *
 * - `"quota-exhausted"`: the error was retryable and attempts were left, but the client's retry quota (the retry
 *   strategy's token bucket, shared by every call of this client) is spent, so the call gave up early. The quota
 *   refills as calls succeed.
 * - `"max-attempts"`: the error was retryable, and this was the last of `maxAttempts` attempts.
 * - `"not-retryable"`: the retry strategy does not retry this kind of error (for example a 4xx other than 429, or a
 *   5xx that is not transient); only one attempt was made for it.
 *
 * @public
 */
export type RetryOutcome = "quota-exhausted" | "max-attempts" | "not-retryable";

/**
 * The field the client sets on an error the retry strategy refused to retry. It is set only when the client can tell
 * the reason: with the SDK's standard and adaptive strategies (the defaults, or instances passed as `retryStrategy`).
 * A custom strategy's refusals, aborted calls and errors thrown before the first attempt carry no outcome.
 *
 * @public
 */
export interface RetryOutcomeFields {
  /** Why this error ended the call; see {@link RetryOutcome}. */
  $retryOutcome?: RetryOutcome;
}

/**
 * The {@link RetryOutcome} recorded on an error that `client.send` rejected with, or `undefined` if there is none.
 * Works for any thrown value: service exceptions, `UnparseableResponseError`, `ResponseBodyReadError`, network errors.
 *
 * @public
 */
export const getRetryOutcome = (error: unknown): RetryOutcome | undefined => {
  const outcome = (error as RetryOutcomeFields | null | undefined)?.$retryOutcome;
  return outcome === "quota-exhausted" || outcome === "max-attempts" || outcome === "not-retryable" ? outcome : undefined;
};

/** The message each error had before its first annotation, so a reused error object is never suffixed twice. */
const originalMessages = new WeakMap<Error, string>();

/**
 * Records `outcome` on `error` (the object the retry middleware rethrows) and, when the retry quota cut the call
 * short, says so at the end of its message:
 *
 *   "Rate exceeded (gave up after 1 of 3 attempts: the client's retry quota is exhausted)"
 *
 * Only that case changes the message. It is the one nothing else reveals, and the one callers must act on (back off
 * across calls, not within one). After the last of maxAttempts, or for an error that is never retried, the message
 * stays as the service wrote it: `$metadata.attempts` already tells those apart, and code (Smithy's own protocol
 * tests among it) compares modeled error messages with the service's text. The error keeps its class, name,
 * $metadata and cause; the first line of `stack` follows the new message, since that is what Node prints for an
 * uncaught error.
 *
 * @internal
 */
export const annotateRetryOutcome = (error: unknown, outcome: RetryOutcome, attempts: number, maxAttempts: number): void => {
  if (typeof error !== "object" || error === null || !Object.isExtensible(error)) {
    return;
  }
  (error as RetryOutcomeFields).$retryOutcome = outcome;
  if (outcome !== "quota-exhausted" || !(error instanceof Error)) {
    return;
  }
  const note = `(gave up after ${attempts} of ${maxAttempts} attempts: the client's retry quota is exhausted)`;
  const before = error.message;
  const original = originalMessages.get(error) ?? before;
  originalMessages.set(error, original);
  const message = original ? `${original} ${note}` : note;
  try {
    // V8 formats `stack` on first read, from the message at that moment; read it before the change, then swap its
    // first line, so it shows the new message exactly once whether or not it had been read already.
    const stack = error.stack;
    error.message = message;
    const head = before ? `${error.name}: ${before}` : error.name;
    if (typeof stack === "string" && stack.startsWith(head) && !stack.startsWith(`${error.name}: ${message}`)) {
      error.stack = `${error.name}: ${message}${stack.slice(head.length)}`;
    }
  } catch {
    // A read-only message (a frozen or exotic error): the $retryOutcome field above still says why.
  }
};
