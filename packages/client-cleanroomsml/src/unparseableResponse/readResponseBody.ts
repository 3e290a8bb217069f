// smithy-typescript generated code
// Source: codegen/runtime/src/unparseableResponse/readResponseBody.ts (copied unchanged by codegen); edit it there, then npm run generate.
import type { HttpResponse as __HttpResponse } from "@smithy/protocol-http";
import type { StreamCollector } from "@smithy/types";

import { ResponseBodyReadError, ResponseBodyTimeoutError } from "./ResponseBodyReadError";
import { responseMetadata } from "./UnparseableResponseError";

// Reads a response body to its end, bounded by the request handler's requestTimeout and the call's AbortSignal, and
// gives every way the read can fail a typed error. Written by UnparseableResponseIntegration.
//
// Why here: @smithy/node-http-handler clears its requestTimeout timer when the headers arrive and
// @smithy/fetch-http-handler races it only against fetch(), so neither bounds the body; a server that sends headers
// and then stalls would hold the call forever. And the runtimes fail a body cut short with errors the retry
// classification does not know (undici's TypeError("terminated"), Chromium's TypeError("network error")), or, in
// Node, with Error("aborted") even when the caller's AbortSignal caused it.

/** The parts of a request handler this module reads; NodeHttpHandler and FetchHttpHandler both have them. */
interface HandlerWithConfigs {
  httpHandlerConfigs?: () => { requestTimeout?: unknown; throwOnRequestTimeout?: unknown } | undefined;
  metadata?: { handlerProtocol?: unknown };
}

/** The WHATWG AbortSignal surface used here (the caller's `abortSignal` send option). */
interface AbortSignalLike {
  readonly aborted: boolean;
  readonly reason?: unknown;
  addEventListener?: (type: "abort", listener: () => void) => void;
  removeEventListener?: (type: "abort", listener: () => void) => void;
}

export interface BodyReadLimits {
  /** The handler's requestTimeout in ms, or undefined when none applies to the body. */
  timeoutMs?: number;
  /** When the attempt's request was handed to the transport (Date.now()); the deadline counts from here. */
  startedAt: number;
  /** The caller's AbortSignal, if the call has one. */
  signal?: AbortSignalLike;
  /** The command's name, e.g. GetAudienceModelCommand; its operation is named in error messages. */
  commandName?: string;
}

/**
 * The requestTimeout that bounds a body read, or undefined. The Node handlers (handlerProtocol "http/1.1", "h2") only
 * log a warning when requestTimeout passes unless `throwOnRequestTimeout` is true, so the body follows the same
 * opt-in there; FetchHttpHandler always rejects on it, so its body is always bounded.
 *
 * @internal
 */
export function bodyTimeoutMs(handler: unknown): number | undefined {
  if (handler === null || typeof handler !== "object") return undefined;
  const { httpHandlerConfigs, metadata } = handler as HandlerWithConfigs;
  if (typeof httpHandlerConfigs !== "function") return undefined;
  const configs = httpHandlerConfigs.call(handler);
  const timeoutMs = configs?.requestTimeout;
  if (typeof timeoutMs !== "number" || !(timeoutMs > 0) || !Number.isFinite(timeoutMs)) return undefined;
  const protocol = metadata?.handlerProtocol;
  const warnsOnly = (protocol === "http/1.1" || protocol === "h2") && configs?.throwOnRequestTimeout !== true;
  return warnsOnly ? undefined : timeoutMs;
}

/**
 * Collects `body` into bytes. Without limits this is the runtime's `streamCollector` as before. With a deadline or an
 * AbortSignal, the read is raced against both and, when one wins, stopped at the source: a Node stream is destroyed
 * (its socket is closed and leaves the pool) and a web stream's reader is cancelled (the fetch is aborted), so no
 * connection outlives the call.
 *
 * Every failure is typed: {@link ResponseBodyTimeoutError} (name "TimeoutError") when the deadline passes, an
 * `AbortError` when the caller aborted, and {@link ResponseBodyReadError} for anything the runtime reports while
 * reading. All carry `$metadata` from the response.
 *
 * @internal
 */
export async function readResponseBody(
  body: unknown,
  collect: StreamCollector,
  response: __HttpResponse,
  limits: BodyReadLimits,
): Promise<Uint8Array> {
  const { signal } = limits;
  try {
    if (limits.timeoutMs === undefined && signal === undefined) return await collect(body as any);
    return await readWithin(body, collect, response, limits);
  } catch (error) {
    if (error instanceof ResponseBodyReadError || isOurAbortError(error)) throw error;
    // A Node body destroyed by the handler's own abort listener fails with Error("aborted"); the signal says why.
    if (signal?.aborted) throw responseAbortError(response, signal, error);
    throw new ResponseBodyReadError({ response, cause: error, operation: operationOf(limits) });
  }
}

function readWithin(body: unknown, collect: StreamCollector, response: __HttpResponse, limits: BodyReadLimits): Promise<Uint8Array> {
  const { signal, timeoutMs, startedAt } = limits;
  if (signal?.aborted) {
    stopReading(body, undefined);
    return Promise.reject(responseAbortError(response, signal, undefined));
  }
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  let reading: Promise<Uint8Array>;
  if (isWebStream(body)) {
    // Read here rather than through the collector, which would hold the stream's lock: only the lock holder can cancel.
    reader = body.getReader();
    reading = readAll(reader);
  } else {
    reading = collect(body as any);
  }
  return new Promise<Uint8Array>((resolve, reject) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const done = () => {
      if (timer !== undefined) clearTimeout(timer);
      signal?.removeEventListener?.("abort", onAbort);
    };
    const stop = (error: Error) => {
      done();
      reject(error);
      stopReading(reader ?? body, error);
    };
    const onAbort = () => stop(responseAbortError(response, signal!, undefined));
    reading.then(
      (bytes) => {
        done();
        resolve(bytes);
      },
      (error) => {
        done();
        reject(error);
      },
    );
    signal?.addEventListener?.("abort", onAbort);
    if (timeoutMs !== undefined) {
      timer = setTimeout(
        () => stop(new ResponseBodyTimeoutError({ response, timeoutMs, operation: operationOf(limits) })),
        Math.max(0, startedAt + timeoutMs - Date.now()),
      );
    }
  });
}

/** Ends a read at its source so the connection is released; errors from doing so are of no further interest. */
function stopReading(source: unknown, reason: Error | undefined): void {
  if (source === null || typeof source !== "object") return;
  const s = source as { cancel?: (r?: unknown) => Promise<void>; destroy?: (e?: Error) => void; getReader?: unknown };
  try {
    if (typeof s.getReader !== "function" && typeof s.cancel === "function") {
      // A web stream reader.
      s.cancel(reason).catch(() => undefined);
    } else if (typeof s.destroy === "function") {
      // A Node stream: the collector listens for its "error" and settles (already too late to matter).
      s.destroy(reason);
    } else if (typeof s.cancel === "function") {
      // An unlocked web stream.
      s.cancel(reason).catch(() => undefined);
    }
  } catch {
    // Already closed.
  }
}

/** Worked out only when an error needs it, so a valid response does not pay for it. */
function operationOf(limits: BodyReadLimits): string | undefined {
  return limits.commandName?.replace(/Command$/, "");
}

function isWebStream(body: unknown): body is ReadableStream<Uint8Array> {
  // Duck-typed: under a test runner's vm realm, undici's streams are not instances of this realm's ReadableStream.
  return body !== null && typeof body === "object" && typeof (body as { getReader?: unknown }).getReader === "function";
}

async function readAll(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (value) {
      chunks.push(value);
      length += value.byteLength;
    }
    if (done) break;
  }
  if (chunks.length === 1) return chunks[0];
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

const ABORT_MARK = Symbol("responseBodyAbort");

/**
 * The error for a call the caller aborted while its body was being read: named "AbortError" like the handlers' own
 * (so it is never retried), the signal's reason as `cause`, with `$metadata` and `$response` from the response.
 */
function responseAbortError(response: __HttpResponse, signal: AbortSignalLike, runtimeError: unknown): Error {
  const error = new Error("Request aborted while the response body was being read") as Error & Record<string, unknown>;
  error.name = "AbortError";
  error.$metadata = responseMetadata(response);
  Object.defineProperty(error, "$response", { value: response, enumerable: false, writable: false, configurable: true });
  Object.defineProperty(error, "cause", { value: signal.reason ?? runtimeError, enumerable: false, writable: false, configurable: true });
  Object.defineProperty(error, ABORT_MARK, { value: true });
  return error;
}

function isOurAbortError(error: unknown): boolean {
  return error !== null && typeof error === "object" && (error as Record<symbol, unknown>)[ABORT_MARK] === true;
}
