// smithy-typescript generated code
// Source: codegen/runtime/src/deadlines/fetchRequestHold.ts (copied unchanged by codegen); edit it there, then npm run generate.
// Keeps every Request that a FetchHttpHandler hands to Node's fetch() referenced while it runs, so that aborting the
// attempt still reaches it. Written by DeadlinesIntegration.
//
// FetchHttpHandler builds `new Request(url, { signal })` and passes that object to fetch(), keeping no reference to it.
// Node's fetch (undici) links a Request's own AbortController to the signal it was given only through a WeakRef, so
// once a garbage collection has taken the Request, aborting the signal no longer reaches the fetch: the handler still
// rejects (it races the signal itself), but the request stays open until the server answers, possibly never. The
// client's deadlines rely on that abort to close the connection, as does a caller's abortSignal. Browsers' fetch keeps
// what it needs, so this is only done where undici is the fetch.
//
// The handler's public `customFetch` option is the one place that sees the Request: it is set, once per handler,
// through updateHttpClientConfig to a function that calls the handler's own customFetch (or the global fetch) and
// holds the Request until the response headers arrive, then for as long as the response body stream lives.

const HOLDING = Symbol.for("cleanroomsml-sdk.deadlines.fetchRequestHold");

/** Handlers already set up (their config cannot tell: updateHttpClientConfig unsets it until the next request). */
const handlers = new WeakSet<object>();
/** Requests whose response headers have not arrived yet. */
const inFlight = new Set<object>();
/** A response body stream -> its Request, held as long as the stream is reachable. */
const byBody = new WeakMap<object, object>();

type FetchLike = ((input: any, init?: any) => Promise<any>) & { [HOLDING]?: true };

interface FetchHandlerLike {
  updateHttpClientConfig(key: string, value: unknown): void;
  httpHandlerConfigs(): { customFetch?: unknown } | undefined;
}

/** A FetchHttpHandler (by name: the runtime sources import no handler), running on Node's fetch. */
function needsHolding(handler: unknown): handler is FetchHandlerLike {
  const versions = (globalThis as { process?: { versions?: { undici?: unknown } } }).process?.versions;
  return (
    versions?.undici !== undefined &&
    handler !== null &&
    typeof handler === "object" &&
    (handler as { constructor?: { name?: unknown } }).constructor?.name === "FetchHttpHandler" &&
    typeof (handler as Partial<FetchHandlerLike>).updateHttpClientConfig === "function" &&
    typeof (handler as Partial<FetchHandlerLike>).httpHandlerConfigs === "function"
  );
}

/**
 * Makes `handler`'s fetches hold their Request (see above), once; other handlers are left alone. A `customFetch`
 * already configured is kept and called. The handler must have its options already (a handler built from an options
 * object has them at once); one built from an options provider is read as having no `customFetch`.
 *
 * @internal
 */
export function holdFetchRequests(handler: unknown): void {
  if (!needsHolding(handler) || handlers.has(handler)) return;
  handlers.add(handler);
  const configured = handler.httpHandlerConfigs()?.customFetch as FetchLike | undefined;
  if (configured?.[HOLDING]) return;
  const holding: FetchLike = (request, init) => {
    const fetchFn: FetchLike = typeof configured === "function" ? configured : (globalThis as any).fetch;
    inFlight.add(request);
    let response: Promise<any>;
    try {
      response = fetchFn(request, init);
    } catch (error) {
      inFlight.delete(request);
      throw error;
    }
    response.then(
      (r) => {
        inFlight.delete(request);
        const body = r?.body;
        if (body !== null && typeof body === "object") byBody.set(body, request);
      },
      () => inFlight.delete(request),
    );
    return response;
  };
  holding[HOLDING] = true;
  handler.updateHttpClientConfig("customFetch", holding);
}
