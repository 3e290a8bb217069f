// smithy-typescript generated code
// Source: codegen/runtime/src/deadlines/callDeadline.ts (copied unchanged by codegen); edit it there, then npm run generate.
import type {
  DeserializeHandlerArguments,
  DeserializeMiddleware,
  InitializeHandlerArguments,
  InitializeMiddleware,
} from "@smithy/types";
import { getSmithyContext as __getSmithyContext } from "@smithy/util-middleware";

import { CallTimeoutError } from "./CallTimeoutError";
import { abortError, follow, type AbortSignalLike } from "./signals";

// The callTimeout deadline: one for the whole call, across attempts and back-off. Written by DeadlinesIntegration.
//
// Two middlewares, added only when callTimeout is set:
//   callDeadlineMiddleware (initialize, outermost) - per call: an AbortController that follows the caller's signal,
//     a timer, and the call's state, handed down on the args (a symbol key; the stack's middlewares copy args with a
//     spread, which keeps it). When the timer fires it aborts the controller and rejects the call at once with
//     CallTimeoutError, even while the retry middleware is sleeping between attempts.
//   callAttemptMiddleware (deserialize, first) - per attempt, inside the retry middleware and after signing, so
//     args.request is the very request the transport gets: it records the request's call for the request handler
//     wrapper (requestHandlerDeadlines.ts), which joins the call's signal to the attempt's own, so the deadline
//     aborts the transport, before or after the headers. It starts no attempt once the deadline passed and turns any
//     failure after it into an AbortError, so the retry loop left behind ends without another request.

/** What one call shares with its attempts. */
export interface CallState {
  /** Aborted when the call's deadline passes or its caller aborts. */
  readonly signal: AbortSignalLike;
  attempts: number;
  lastError?: unknown;
}

const CALL = Symbol("cleanroomsml-sdk.callDeadline");
const calls = new WeakMap<object, CallState>();

/**
 * The call an attempt's request belongs to, when the call has a deadline.
 *
 * @internal
 */
export const callOfRequest = (request: unknown): CallState | undefined =>
  request !== null && typeof request === "object" ? calls.get(request) : undefined;

/**
 * @internal
 */
export const callDeadlineMiddleware =
  (config: { callTimeout: number | false }): InitializeMiddleware<any, any> =>
  (next, context) =>
  (args: InitializeHandlerArguments<any>) => {
    const timeoutMs = config.callTimeout;
    if (typeof timeoutMs !== "number") return next(args);
    const controller = new AbortController();
    const caller = __getSmithyContext(context).abortSignal as AbortSignalLike | undefined;
    const unfollow = caller ? follow(caller, controller) : undefined;
    const state: CallState = { signal: controller.signal, attempts: 0 };
    return new Promise((resolve, reject) => {
      const finish = () => {
        clearTimeout(timer);
        unfollow?.();
      };
      const timer = setTimeout(() => {
        finish();
        const error = new CallTimeoutError({
          timeoutMs,
          attempts: state.attempts,
          lastError: state.lastError,
          operation: context.commandName?.replace(/Command$/, ""),
        });
        controller.abort(error);
        reject(error);
      }, timeoutMs);
      next({ ...args, [CALL]: state } as InitializeHandlerArguments<any>).then(
        (output) => {
          finish();
          resolve(output);
        },
        (error) => {
          finish();
          reject(error);
        },
      );
    });
  };

/**
 * @internal
 */
export const callAttemptMiddleware: DeserializeMiddleware<any, any> = (next) => async (args: DeserializeHandlerArguments<any>) => {
  const state = (args as unknown as Record<symbol, CallState | undefined>)[CALL];
  if (state === undefined) return next(args);
  if (state.signal.aborted) throw abortError(state.signal.reason);
  state.attempts++;
  if (args.request !== null && typeof args.request === "object") calls.set(args.request, state);
  try {
    return await next(args);
  } catch (error) {
    // After the deadline (or the caller's abort), nothing is retried: the call has already been given its answer.
    if (state.signal.aborted) throw (error as { name?: unknown })?.name === "AbortError" ? error : abortError(state.signal.reason);
    state.lastError = error;
    throw error;
  }
};
