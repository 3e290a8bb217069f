import type { HttpResponse as __HttpResponse } from "@smithy/protocol-http";
import type { ResponseMetadata as __ResponseMetadata } from "@smithy/types";
import { toUtf8 as __toUtf8 } from "@smithy/util-utf8";

import { ServiceBaseException as __BaseException } from "../models/ServiceBaseException";

// The error a command rejects with when a response body cannot be read. Written by UnparseableResponseIntegration.

/** How much of the body `$responseBodyText` keeps: a whole proxy error page, but never megabytes. */
export const UNPARSEABLE_BODY_TEXT_LIMIT = 64 * 1024;

/**
 * What {@link UnparseableResponseError} is built from.
 *
 * @public
 */
export interface UnparseableResponseErrorOptions {
  /** The HTTP response whose body could not be read. */
  response: __HttpResponse;
  /** The body's bytes, as received. */
  body: Uint8Array;
  /** The error the protocol's deserializer raised, usually a `SyntaxError` from the JSON parser. */
  cause: unknown;
  /** Operation the response belongs to, e.g. `GetAudienceModel`; named in the message. */
  operation?: string;
}

/**
 * Rejected from `client.send` when a response arrived but its body could not be read as the operation's output or
 * as an error: an HTML page from a proxy, load balancer or CDN (a 502, a 403 from a firewall), JSON cut short, or a
 * 200 whose JSON is invalid. Without it such a response would surface as a bare `SyntaxError` or `TypeError`.
 *
 * It extends the service's base exception, so `instanceof` the base exception holds and the usual fields are there:
 * `$fault` is `"server"` for a 5xx status and `"client"` otherwise, `$metadata` has the HTTP status, the request id
 * and the number of attempts, and `$response` is the raw response, whose `body` holds the whole body already read
 * (bytes, or text where the JSON parser handed its decoded text back, as it does in browsers). The retry
 * strategy sees this error on each attempt, so a 500, 502, 503 or 504 is retried like any transient server error and
 * a 429 like throttling.
 *
 * @public
 */
export class UnparseableResponseError extends __BaseException {
  override readonly name = "UnparseableResponseError" as const;
  /**
   * The body as text (UTF-8), at most its first 64 KiB ({@link UNPARSEABLE_BODY_TEXT_LIMIT}), cut at a character
   * boundary. Not enumerable, like `$response`: loggers that serialize errors do not copy the body around.
   */
  declare readonly $responseBodyText: string;
  /** Whether the body was longer than `$responseBodyText` keeps. Not enumerable. */
  declare readonly $responseBodyTruncated: boolean;
  /** The deserializer's own error (a `SyntaxError` for invalid JSON), kept as the standard `cause`. */
  declare readonly cause: unknown;

  /**
   * @internal
   */
  constructor({ response, body, cause, operation }: UnparseableResponseErrorOptions) {
    const status = response.statusCode;
    const contentType = headerValue(response.headers, "content-type");
    super({
      name: "UnparseableResponseError",
      $fault: status >= 500 ? "server" : "client",
      message:
        `${operation ?? "The"} response could not be parsed (HTTP ${status}, ${contentType ?? "no content-type"}, ` +
        `${body.byteLength} bytes); its text is in $responseBodyText and the parser's error in cause.`,
      $metadata: responseMetadata(response),
    });
    Object.setPrototypeOf(this, UnparseableResponseError.prototype);
    const truncated = body.byteLength > UNPARSEABLE_BODY_TEXT_LIMIT;
    hidden(this, "$response", response);
    hidden(this, "$responseBodyText", __toUtf8(truncated ? body.subarray(0, utf8Boundary(body, UNPARSEABLE_BODY_TEXT_LIMIT)) : body));
    hidden(this, "$responseBodyTruncated", truncated);
    hidden(this, "cause", cause);
  }
}

/**
 * `$metadata` as the SDK fills it for service errors: the status, and the request ids the service or CDN sent.
 * The retry middleware adds `attempts` and `totalRetryDelay` when the call ends.
 *
 * @internal
 */
export function responseMetadata(response: __HttpResponse): __ResponseMetadata {
  return {
    httpStatusCode: response.statusCode,
    requestId:
      headerValue(response.headers, "x-amzn-requestid") ??
      headerValue(response.headers, "x-amzn-request-id") ??
      headerValue(response.headers, "x-amz-request-id"),
    extendedRequestId: headerValue(response.headers, "x-amz-id-2"),
    cfId: headerValue(response.headers, "x-amz-cf-id"),
  };
}

/** A read-only, non-enumerable own property, the way the deserializer attaches `$response` and `new Error` `cause`. */
function hidden(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: false, writable: false, configurable: true });
}

/**
 * Header lookup by lower-case name; transports lower-case names already, custom handlers may not.
 *
 * @internal
 */
export function headerValue(headers: Record<string, string>, name: string): string | undefined {
  if (headers[name] !== undefined) return headers[name];
  for (const key of Object.keys(headers)) if (key.toLowerCase() === name) return headers[key];
  return undefined;
}

/** The largest end <= limit that does not split a UTF-8 sequence (continuation bytes are 0b10xxxxxx). */
function utf8Boundary(bytes: Uint8Array, limit: number): number {
  let end = limit;
  while (end > 0 && (bytes[end] & 0xc0) === 0x80) end--;
  return end;
}
