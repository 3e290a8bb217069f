// AbortSignal plumbing shared by the request handler wrapper and the call deadline. Written by DeadlinesIntegration.

/**
 * The AbortSignal surface the client reads: the WHATWG one, or the legacy `@smithy/abort-controller` one, which has
 * only `onabort`.
 */
export interface AbortSignalLike {
  readonly aborted: boolean;
  readonly reason?: unknown;
  addEventListener?: (type: "abort", listener: () => void, options?: { once?: boolean }) => void;
  removeEventListener?: (type: "abort", listener: () => void) => void;
  onabort?: ((this: any, ...args: any[]) => any) | null;
}

// Declarations here name no DOM or Node global type (AbortSignal, AbortController): the client's types must check for
// consumers whose TypeScript has neither (TypeScript 7's default `types` is empty).

/**
 * Aborts `controller` (with the same reason) when `signal` aborts, or at once if it already has. Returns how to undo
 * the link; call it when the controller no longer needs to follow the signal, so a long-lived signal does not collect
 * a listener per call.
 */
export function follow(signal: AbortSignalLike, controller: { abort(reason?: unknown): void }): () => void {
  const onAbort = () => controller.abort(signal.reason);
  if (signal.aborted) {
    onAbort();
    return noop;
  }
  if (typeof signal.addEventListener === "function") {
    signal.addEventListener("abort", onAbort, { once: true });
    return () => signal.removeEventListener?.("abort", onAbort);
  }
  const previous = signal.onabort;
  const chained = function (this: unknown, ...args: unknown[]) {
    previous?.apply(this, args);
    onAbort();
  };
  signal.onabort = chained;
  return () => {
    if (signal.onabort === chained) signal.onabort = previous;
  };
}

function noop(): void {}

/** An error named "AbortError", like the request handlers' own, which no retry strategy retries. */
export function abortError(reason: unknown): Error {
  const error = new Error("Request aborted");
  error.name = "AbortError";
  Object.defineProperty(error, "cause", { value: reason, enumerable: false, writable: false, configurable: true });
  return error;
}
