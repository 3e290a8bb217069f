import type { HttpResponse as __HttpResponse } from "@smithy/protocol-http";
import type { StreamCollector } from "@smithy/types";

import { ResponseBodyReadError, ResponseBodyTimeoutError } from "./ResponseBodyReadError";
import { ResponseTooLargeError } from "./ResponseTooLargeError";
import { headerValue, responseMetadata } from "./UnparseableResponseError";

// Reads a response body to its end, bounded in size (maxResponseBytes), in time (the request handler's
// requestTimeout, the client's bodyTimeout) and by the call's AbortSignal, and gives every way the read can fail a
// typed error. Written by UnparseableResponseIntegration.
//
// Why here: @smithy/node-http-handler clears its requestTimeout timer when the headers arrive and
// @smithy/fetch-http-handler races it only against fetch(), so neither bounds the body; both read any body whole,
// however long it is; a server that sends headers and then stalls, or never stops sending, would hold the call forever
// or fill the process's memory. And the runtimes fail a body cut short with errors the retry classification does not
// know (undici's TypeError("terminated"), Chromium's TypeError("network error")), or, in Node, with Error("aborted")
// even when the caller's AbortSignal caused it.
//
// Bodies are read chunk by chunk (a Node stream through its "data" events, a web stream through its reader), so bytes
// are counted as they arrive, the body-stall deadline moves with each chunk, and whatever ends the read first stops it
// at its source: the Node stream is destroyed (its socket is closed and leaves the pool) or the web reader cancelled
// (the fetch is aborted). A body of one chunk is returned as that chunk, without a copy.

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

/** The Node Readable surface used here, duck-typed: the runtime sources import no Node built-in. */
interface NodeStreamLike {
  on(event: string, listener: (arg?: any) => void): unknown;
  destroy(error?: Error): unknown;
}

export interface BodyReadLimits {
  /** The handler's requestTimeout in ms, or undefined when none applies to the body. */
  timeoutMs?: number;
  /** When the attempt's request was handed to the transport (Date.now()); requestTimeout counts from here. */
  startedAt: number;
  /** The client's bodyTimeout in ms: the longest the body may go without a byte, counted from when reading begins. */
  idleTimeoutMs?: number;
  /** The most bytes the body may have; more is a ResponseTooLargeError. */
  maxBytes?: number;
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
 * Collects `body` into bytes. Without any limit this is the runtime's `streamCollector` as before. With limits, a
 * Node or web stream is read here chunk by chunk and stopped at the source as soon as a limit is passed (see above);
 * a body announcing a `content-length` over `maxBytes` is refused before a byte is read.
 *
 * Every failure is typed: {@link ResponseTooLargeError} past `maxBytes`, {@link ResponseBodyTimeoutError} (name
 * "TimeoutError") when requestTimeout or bodyTimeout passes, an `AbortError` when the caller aborted, and
 * {@link ResponseBodyReadError} for anything the runtime reports while reading. All carry `$metadata` from the response.
 *
 * @internal
 */
export async function readResponseBody(
  body: unknown,
  collect: StreamCollector,
  response: __HttpResponse,
  limits: BodyReadLimits,
): Promise<Uint8Array> {
  const { signal, maxBytes } = limits;
  try {
    if (maxBytes !== undefined) refuseAnnouncedExcess(body, response, maxBytes, limits);
    if (limits.timeoutMs === undefined && limits.idleTimeoutMs === undefined && maxBytes === undefined && signal === undefined) {
      return await collect(body as any);
    }
    return await readWithin(body, collect, response, limits);
  } catch (error) {
    if (error instanceof ResponseBodyReadError || error instanceof ResponseTooLargeError || isOurAbortError(error)) throw error;
    // A Node body destroyed by the handler's own abort listener fails with Error("aborted"); the signal says why.
    if (signal?.aborted) throw responseAbortError(response, signal, error);
    throw new ResponseBodyReadError({ response, cause: error, operation: operationOf(limits) });
  }
}

/** Refuses, before reading, a body whose content-length (or, for a Blob already in memory, size) is over the limit. */
function refuseAnnouncedExcess(body: unknown, response: __HttpResponse, maxBytes: number, limits: BodyReadLimits): void {
  const announced = contentLength(response);
  if (announced !== undefined && announced > maxBytes) {
    stopReading(body, undefined);
    throw new ResponseTooLargeError({ response, maxResponseBytes: maxBytes, receivedBytes: 0, contentLength: announced, operation: operationOf(limits) });
  }
  // FetchHttpHandler hands over a Blob only where the runtime has no response streams; it is already in memory.
  const size = isBlob(body) ? body.size : undefined;
  if (size !== undefined && size > maxBytes) {
    throw new ResponseTooLargeError({ response, maxResponseBytes: maxBytes, receivedBytes: size, contentLength: announced, operation: operationOf(limits) });
  }
}

function readWithin(body: unknown, collect: StreamCollector, response: __HttpResponse, limits: BodyReadLimits): Promise<Uint8Array> {
  const { signal, timeoutMs, idleTimeoutMs, maxBytes, startedAt } = limits;
  if (signal?.aborted) {
    stopReading(body, undefined);
    return Promise.reject(responseAbortError(response, signal, undefined));
  }
  return new Promise<Uint8Array>((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let received = 0;
    let lastByteAt = Date.now();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let settled = false;
    // What stopReading() ends: the Node stream itself, or the reader that holds the web stream's lock.
    let source: unknown = body;

    const settle = () => {
      settled = true;
      if (timer !== undefined) clearTimeout(timer);
      signal?.removeEventListener?.("abort", onAbort);
    };
    const fail = (error: unknown) => {
      if (settled) return;
      settle();
      reject(error);
    };
    const stop = (error: Error) => {
      if (settled) return;
      settle();
      reject(error);
      stopReading(source, error);
    };
    const onAbort = () => stop(responseAbortError(response, signal!, undefined));
    /** Keeps a chunk; false once the body is over the limit (reading has then been stopped). */
    const take = (chunk: Uint8Array): boolean => {
      received += chunk.byteLength;
      if (maxBytes !== undefined && received > maxBytes) {
        stop(new ResponseTooLargeError({ response, maxResponseBytes: maxBytes, receivedBytes: received, contentLength: contentLength(response), operation: operationOf(limits) }));
        return false;
      }
      chunks.push(chunk);
      if (idleTimeoutMs !== undefined) lastByteAt = Date.now();
      return true;
    };
    const end = () => {
      if (settled) return;
      settle();
      resolve(chunks.length === 1 ? chunks[0] : concat(chunks, received));
    };
    // One timer for both deadlines: requestTimeout is fixed, bodyTimeout moves with each chunk. When it fires early
    // (a chunk came in meanwhile) it is set again for what is left, so a chunk costs a Date.now(), not a new timer.
    const arm = (now: number) => {
      const due = Math.min(
        timeoutMs === undefined ? Infinity : startedAt + timeoutMs,
        idleTimeoutMs === undefined ? Infinity : lastByteAt + idleTimeoutMs,
      );
      if (due !== Infinity) timer = setTimeout(check, Math.max(0, due - now));
    };
    const check = () => {
      timer = undefined;
      if (settled) return;
      const now = Date.now();
      if (timeoutMs !== undefined && now >= startedAt + timeoutMs) {
        stop(new ResponseBodyTimeoutError({ response, timeoutMs, option: "requestTimeout", operation: operationOf(limits) }));
      } else if (idleTimeoutMs !== undefined && now >= lastByteAt + idleTimeoutMs) {
        stop(new ResponseBodyTimeoutError({ response, timeoutMs: idleTimeoutMs, option: "bodyTimeout", operation: operationOf(limits) }));
      } else {
        arm(now);
      }
    };

    signal?.addEventListener?.("abort", onAbort);
    arm(lastByteAt);
    if (isWebStream(body)) {
      const reader = body.getReader();
      source = reader;
      pump(reader, take, end, () => settled).catch(fail);
    } else if (isNodeStream(body)) {
      body.on("data", (chunk: Uint8Array | string) => {
        if (!settled) take(typeof chunk === "string" ? new TextEncoder().encode(chunk) : chunk);
      });
      body.on("end", end);
      body.on("error", fail);
      // A stream destroyed without an error (and so without "end") would otherwise never settle.
      body.on("close", () => fail(new Error("the response stream closed before the end of the body")));
    } else {
      // Anything else (a Blob, a custom handler's body): the runtime's collector reads it; it is counted once read.
      collect(body as any).then((bytes) => (take(bytes) ? end() : undefined), fail);
    }
  });
}

/** Reads a web stream to its end through its reader; `take` returning false (over the limit) ends the loop. */
async function pump(reader: ReadableStreamDefaultReader<Uint8Array>, take: (c: Uint8Array) => boolean, end: () => void, settled: () => boolean): Promise<void> {
  for (;;) {
    const { done, value } = await reader.read();
    if (settled()) return;
    if (done) return end();
    if (value && !take(value)) return;
  }
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
      // A Node stream: its "error" and "close" events arrive after the read has settled, and change nothing.
      s.destroy(reason);
    } else if (typeof s.cancel === "function") {
      // An unlocked web stream.
      s.cancel(reason).catch(() => undefined);
    }
  } catch {
    // Already closed.
  }
}

/** The content-length header as a number, when there is one and it is a plain decimal. */
function contentLength(response: __HttpResponse): number | undefined {
  const value = headerValue(response.headers, "content-length");
  return value !== undefined && /^\s*\d+\s*$/.test(value) ? Number(value) : undefined;
}

/** Worked out only when an error needs it, so a valid response does not pay for it. */
function operationOf(limits: BodyReadLimits): string | undefined {
  return limits.commandName?.replace(/Command$/, "");
}

function isWebStream(body: unknown): body is ReadableStream<Uint8Array> {
  // Duck-typed: under a test runner's vm realm, undici's streams are not instances of this realm's ReadableStream.
  return body !== null && typeof body === "object" && typeof (body as { getReader?: unknown }).getReader === "function";
}

function isNodeStream(body: unknown): body is NodeStreamLike {
  return body !== null && typeof body === "object" && typeof (body as { on?: unknown }).on === "function" &&
    typeof (body as { destroy?: unknown }).destroy === "function";
}

function isBlob(body: unknown): body is { size: number } {
  return body !== null && typeof body === "object" && typeof (body as { size?: unknown }).size === "number" &&
    typeof (body as { arrayBuffer?: unknown }).arrayBuffer === "function";
}

function concat(chunks: Uint8Array[], length: number): Uint8Array {
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
