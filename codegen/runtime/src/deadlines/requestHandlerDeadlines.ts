import { ResponseHeadersTimeoutError } from "./ResponseHeadersTimeoutError";
import { callOfRequest } from "./callDeadline";
import { holdFetchRequests } from "./fetchRequestHold";
import { follow, type AbortSignalLike } from "./signals";

// Gives every attempt its own AbortSignal, so that a deadline can stop the transport itself. Written by
// DeadlinesIntegration.
//
// The stock handlers only abort a request when the caller's AbortSignal fires: FetchHttpHandler's requestTimeout
// rejects the call but leaves its fetch running (the server keeps an open request), and neither handler has a
// default deadline, so a server that accepts a connection and never answers holds a call forever. The client cannot
// change the signal a handler gets from a middleware (the command hands the caller's send options to the handler as
// they are), so it wraps the handler itself, once per client: client.config.requestHandler becomes a Proxy whose
// handle() runs each attempt with
//   - a new AbortController, following the caller's signal (and the call's, when callTimeout is set);
//   - headersTimeout: if no response headers arrive in time, the controller is aborted (the handler destroys the Node
//     request or aborts the fetch) and the attempt fails with the retryable ResponseHeadersTimeoutError at once, even
//     from a handler that ignores its signal;
//   - whenever the handler rejects (its own requestTimeout, a reset), the controller is aborted too, so whatever the
//     handler started is closed.
// Once the headers are in, the body is read (and bounded) by UnparseableResponseIntegration's middleware, which
// follows the caller's signal itself; the link to the caller's signal is dropped then. A call deadline keeps its
// link, so it can still close this attempt's connection while its body is read.
//
// Everything else on the handler (httpHandlerConfigs, updateHttpClientConfig, destroy, metadata, instanceof) reaches
// the handler itself through the Proxy. A FetchHttpHandler on Node also gets a customFetch that keeps each Request
// referenced while it runs, without which an abort can be lost (fetchRequestHold.ts).

/** The request handler surface used here. */
interface HandlerLike {
  handle(request: unknown, options?: HandlerOptions): Promise<{ response?: unknown }>;
}

/** The options a command passes to handle(): the caller's send options. */
interface HandlerOptions {
  abortSignal?: AbortSignalLike;
  [option: string]: unknown;
}

/** What the wrapper reads from the client's resolved config, on every attempt. */
export interface RequestHandlerDeadlinesConfig {
  headersTimeout?: number | false;
}

const WRAPPED = Symbol.for("cleanroomsml-sdk.deadlines.requestHandler");

/**
 * `handler` with deadlines on every attempt (see above); a handler already wrapped, or one without `handle`, is
 * returned as it is.
 *
 * @internal
 */
export const withDeadlines = <T>(handler: T, config: RequestHandlerDeadlinesConfig): T => {
  if (handler === null || typeof handler !== "object" || typeof (handler as Partial<HandlerLike>).handle !== "function") {
    return handler;
  }
  if ((handler as Record<symbol, unknown>)[WRAPPED]) return handler;
  // On Node's fetch, an abort only reaches a fetch whose Request is still referenced (fetchRequestHold.ts).
  holdFetchRequests(handler);
  const target = handler as unknown as HandlerLike;
  const handle = (request: unknown, options?: HandlerOptions) => attempt(target, request, options ?? {}, config);
  // Methods are bound once to the real object, so private (#) fields of a user's own handler class keep working.
  const bound = new Map<unknown, unknown>();
  return new Proxy(handler as unknown as object, {
    get(obj, prop) {
      if (prop === "handle") return handle;
      if (prop === WRAPPED) return true;
      const value = Reflect.get(obj, prop, obj);
      if (typeof value !== "function" || prop === "constructor") return value;
      let method = bound.get(value);
      if (method === undefined) bound.set(value, (method = value.bind(obj)));
      return method;
    },
  }) as T;
};

function attempt(handler: HandlerLike, request: unknown, options: HandlerOptions, config: RequestHandlerDeadlinesConfig) {
  const call = callOfRequest(request);
  const outer = call?.signal ?? options.abortSignal;
  const headersTimeout = config.headersTimeout;
  const controller = new AbortController();
  return new Promise<{ response?: unknown }>((resolve, reject) => {
    let settled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unfollow = outer === undefined ? undefined : follow(outer, controller);
    const settle = (keepFollowing: boolean) => {
      settled = true;
      if (timer !== undefined) clearTimeout(timer);
      if (!keepFollowing) unfollow?.();
    };
    if (typeof headersTimeout === "number") {
      timer = setTimeout(() => {
        if (settled) return;
        settle(false);
        const error = new ResponseHeadersTimeoutError({ timeoutMs: headersTimeout, target: targetOf(request) });
        controller.abort(error);
        reject(error);
      }, headersTimeout);
    }
    let pending: Promise<{ response?: unknown }>;
    try {
      pending = handler.handle(request, { ...options, abortSignal: controller.signal });
    } catch (error) {
      pending = Promise.reject(error);
    }
    pending.then(
      (output) => {
        if (settled) return release(output);
        settle(call !== undefined);
        resolve(output);
      },
      (error) => {
        if (!settled) {
          settle(false);
          reject(error);
        }
        // The handler gave up (its own requestTimeout, a reset, our abort): close whatever it started.
        if (!controller.signal.aborted) controller.abort(error);
      },
    );
  });
}

/** A response that arrived after its attempt was already given up: its body is never read, so close it. */
function release(output: { response?: unknown } | undefined): void {
  const body = (output?.response as { body?: { destroy?: () => void; cancel?: () => Promise<void> } } | undefined)?.body;
  try {
    if (typeof body?.destroy === "function") body.destroy();
    else body?.cancel?.().catch(() => undefined);
  } catch {
    // Already closed.
  }
}

/** `GET host` for the error message; the path (with its ARN) is left out. */
function targetOf(request: unknown): string | undefined {
  const { method, hostname } = (request ?? {}) as { method?: unknown; hostname?: unknown };
  return typeof method === "string" && typeof hostname === "string" ? `${method} ${hostname}` : undefined;
}
