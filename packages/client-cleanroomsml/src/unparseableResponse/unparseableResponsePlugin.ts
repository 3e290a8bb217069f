// smithy-typescript generated code
// Source: codegen/runtime/src/unparseableResponse/unparseableResponsePlugin.ts (copied unchanged by codegen); edit it there, then npm run generate.
import { HttpResponse as __HttpResponse } from "@smithy/protocol-http";
import { ServiceException as __ServiceException } from "@smithy/smithy-client";
import type {
  DeserializeHandlerArguments,
  DeserializeHandlerOutput,
  DeserializeMiddleware,
  Pluggable,
  RelativeMiddlewareOptions,
  StreamCollector,
} from "@smithy/types";
import { getSmithyContext as __getSmithyContext } from "@smithy/util-middleware";
import { fromUtf8 as __fromUtf8 } from "@smithy/util-utf8";

import { bodyTimeoutMs, readResponseBody } from "./readResponseBody";
import { ResponseTooLargeError } from "./ResponseTooLargeError";
import { UnparseableResponseError } from "./UnparseableResponseError";

// Turns response bodies the protocol cannot parse into UnparseableResponseError. Written by
// UnparseableResponseIntegration.
//
// Two middlewares sit on either side of the protocol's deserializer ("deserializerMiddleware", added by the client's
// schema serde plugin), so both run in the `deserialize` step, once per attempt. That step is inside the retry and
// signing middlewares (`finalizeRequest`): the retry strategy sees the typed error of each attempt, with its
// $metadata.httpStatusCode, and retries a 5xx error page as it retries any transient server error.
//
//   retryMiddleware -> unparseableResponseMiddleware -> deserializerMiddleware -> unparseableResponseBufferMiddleware -> transport
//
// The deserializer consumes the body stream while parsing and drops the text when parsing fails, so the inner
// middleware reads the body first and puts the bytes back as the body. The protocol reuses a Uint8Array body as it is
// (no second read, no copy), so a valid response costs two extra middleware calls. When the deserializer fails, it
// attaches the response to its error as `$response`; the outer middleware finds the bytes there, as its body.
//
// Reading the body here also lets the client bound it and name its failures (readResponseBody.ts): maxResponseBytes
// caps its size (ResponseTooLargeError), the request handler's requestTimeout, counted from when this attempt's request
// went out, covers the body too, the client's bodyTimeout ends a body that stalls, the caller's AbortSignal stops it
// with an AbortError, and a connection that fails mid-body is a transient ResponseBodyReadError, which the retry
// middleware outside sees and retries. The limits apply to every body this reads, error responses included.

/** What the plugin needs from the client's resolved config. */
export interface UnparseableResponseResolvedConfig {
  /** The runtime's body reader (Node stream or web ReadableStream), the one the protocol itself would use. */
  streamCollector: StreamCollector;
  /** The transport; its `httpHandlerConfigs().requestTimeout` bounds the body read too (see readResponseBody.ts). */
  requestHandler?: unknown;
  /** The client's `maxResponseBytes` (responseLimitsConfig.ts): undefined leaves each operation its default. */
  maxResponseBytes?: number | false;
  /** The client's `bodyTimeout`: how long the body may go without a byte. */
  bodyTimeout?: number | false;
}

/** What each command passes: its operation's default size limit, computed from the model (responseSizeLimits.ts). */
export interface UnparseableResponsePluginOptions {
  maxResponseBytes?: number;
}

const bufferMiddlewareOptions: RelativeMiddlewareOptions = {
  // After (inside) the deserializer: the response reaches this middleware first, with its body still unread.
  relation: "after",
  toMiddleware: "deserializerMiddleware",
  name: "unparseableResponseBufferMiddleware",
  tags: ["UNPARSEABLE_RESPONSE"],
  // The generated command re-applies its plugins each time it is sent; replacing by name keeps one copy.
  override: true,
};

const errorMiddlewareOptions: RelativeMiddlewareOptions = {
  // Before (around) the deserializer: every error it raises passes through here before the retry middleware sees it.
  relation: "before",
  toMiddleware: "deserializerMiddleware",
  name: "unparseableResponseMiddleware",
  tags: ["UNPARSEABLE_RESPONSE"],
  override: true,
};

/**
 * Reads the response body into memory and puts the bytes back as the body. Only added to operations without a
 * streaming output, whose bodies are JSON documents of bounded size. The read is bounded by maxResponseBytes (the
 * client's, else `defaultMaxResponseBytes`), the handler's requestTimeout, the client's bodyTimeout and the call's
 * AbortSignal, and its failures are typed (see {@link readResponseBody}).
 *
 * @internal
 */
export const unparseableResponseBufferMiddleware =
  (config: UnparseableResponseResolvedConfig, defaultMaxResponseBytes?: number): DeserializeMiddleware<any, any> =>
  (next, context) =>
  async (args: DeserializeHandlerArguments<any>): Promise<DeserializeHandlerOutput<any>> => {
    const startedAt = Date.now();
    const result = await next(args);
    const response = result.response;
    if (!__HttpResponse.isInstance(response)) return result;
    // Read per attempt, like requestTimeout below: the config can be changed between calls.
    const configured = config.maxResponseBytes;
    const maxBytes = configured === undefined ? defaultMaxResponseBytes : configured === false ? undefined : configured;
    const body: unknown = response.body;
    if (body instanceof Uint8Array) {
      // Bytes a custom handler already holds: nothing to stop, but the limit still says what the client accepts.
      if (maxBytes !== undefined && body.byteLength > maxBytes) {
        throw new ResponseTooLargeError({ response, maxResponseBytes: maxBytes, receivedBytes: body.byteLength, operation: context.commandName?.replace(/Command$/, "") });
      }
      return result;
    }
    if (body === undefined || body === null) {
      // The protocol reads a missing body as empty; an empty array says the same and marks the body as read.
      response.body = new Uint8Array(0);
      return result;
    }
    const collected = await readResponseBody(body, config.streamCollector, response, {
      // Read per attempt: the handler resolves its config on first use, and it can be updated between calls.
      timeoutMs: bodyTimeoutMs(config.requestHandler),
      idleTimeoutMs: typeof config.bodyTimeout === "number" ? config.bodyTimeout : undefined,
      maxBytes,
      startedAt,
      signal: __getSmithyContext(context).abortSignal as any,
      commandName: context.commandName,
    });
    // The protocol reuses the body only if it is a Uint8Array of this realm; bytes from another realm (a collector
    // loaded outside a test runner's vm context) get a view from this one, which copies nothing.
    const bytes = collected instanceof Uint8Array ? collected : sameRealmView(collected);
    response.body = bytes;
    return result;
  };

/**
 * Replaces an error the deserializer raised while reading a buffered response (invalid JSON, or a value it could not
 * convert) with {@link UnparseableResponseError}. Service errors, modeled or not, and transport failures pass as they are.
 *
 * @internal
 */
export const unparseableResponseMiddleware: DeserializeMiddleware<any, any> =
  (next, context) =>
  async (args: DeserializeHandlerArguments<any>): Promise<DeserializeHandlerOutput<any>> => {
    try {
      return await next(args);
    } catch (error) {
      // The body is the bytes the inner middleware read, or the same body as text: when the JSON parser reports the
      // text it decoded as `$responseBodyText` (its path in browsers), the deserializer swaps that in as the body.
      // A body-read failure leaves the stream there, and a transport failure has no $response at all.
      const response: unknown = error !== null && typeof error === "object" ? (error as { $response?: unknown }).$response : undefined;
      if (!__HttpResponse.isInstance(response) || __ServiceException.isInstance(error)) throw error;
      const body: unknown = response.body;
      const bytes = body instanceof Uint8Array ? body : typeof body === "string" ? __fromUtf8(body) : undefined;
      if (bytes === undefined) throw error;
      throw new UnparseableResponseError({
        response,
        body: bytes,
        cause: error,
        operation: context.commandName?.replace(/Command$/, ""),
      });
    }
  };

function sameRealmView(bytes: Uint8Array): Uint8Array {
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

// One plugin per client config and default limit, built on first use: sending a command costs two lookups here, not
// new closures.
const plugins = new WeakMap<UnparseableResponseResolvedConfig, Map<number | undefined, Pluggable<any, any>>>();

/**
 * The runtime plugin every generated command without a streaming output applies, with its operation's default
 * `maxResponseBytes`.
 *
 * @internal
 */
export const getUnparseableResponsePlugin = (
  config: UnparseableResponseResolvedConfig,
  options: UnparseableResponsePluginOptions = {},
): Pluggable<any, any> => {
  let byLimit = plugins.get(config);
  if (byLimit === undefined) plugins.set(config, (byLimit = new Map()));
  let plugin = byLimit.get(options.maxResponseBytes);
  if (plugin === undefined) {
    const buffer = unparseableResponseBufferMiddleware(config, options.maxResponseBytes);
    plugin = {
      applyToStack: (stack) => {
        stack.addRelativeTo(buffer, bufferMiddlewareOptions);
        stack.addRelativeTo(unparseableResponseMiddleware, errorMiddlewareOptions);
      },
    };
    byLimit.set(options.maxResponseBytes, plugin);
  }
  return plugin;
};
