import type { HttpResponse as __HttpResponse } from "@smithy/protocol-http";

import { ServiceBaseException as __BaseException } from "../models/ServiceBaseException";
import { responseMetadata } from "./UnparseableResponseError";

// The error a command rejects with when a response body is larger than `maxResponseBytes`. Written by
// UnparseableResponseIntegration, whose buffering middleware counts the body as it arrives.

/**
 * What {@link ResponseTooLargeError} is built from.
 *
 * @public
 */
export interface ResponseTooLargeErrorOptions {
  /** The HTTP response whose body was refused. */
  response: __HttpResponse;
  /** The limit that applied, in bytes. */
  maxResponseBytes: number;
  /** Bytes of the body that had arrived when reading stopped; 0 when `content-length` alone was enough to refuse it. */
  receivedBytes: number;
  /** The body's length as the `content-length` header announced it, when the response had one. */
  contentLength?: number;
  /** Operation the response belongs to, e.g. `GetAudienceModel`; named in the message. */
  operation?: string;
}

/**
 * Rejected from `client.send` when a response body is larger than the client's `maxResponseBytes` (by default, the
 * largest body the operation's model allows, with margin: `MaxResponseBytesByOperation`). The body is counted as it
 * arrives and refused at once when `content-length` already announces more; either way reading stops there and the
 * connection is closed, so an endless or huge body costs at most the limit in memory.
 *
 * It extends the service's base exception: `$fault` is `"server"` (the peer sent more than any well-formed answer
 * holds), `$metadata` has the status and request id, `$response` is the raw response (its body was not kept).
 * `maxResponseBytes`, `receivedBytes` and `contentLength` say what was refused.
 *
 * It is not retryable in itself: the same request would fetch the same oversized answer. Only a 429 or 5xx status is
 * retried, by its status, as for any service error with that status; every such attempt is bounded by the same limit.
 *
 * @public
 */
export class ResponseTooLargeError extends __BaseException {
  override readonly name = "ResponseTooLargeError" as const;
  /** The limit that applied, in bytes. */
  readonly maxResponseBytes: number;
  /** Bytes of the body received before reading stopped (0 when refused on `content-length`). */
  readonly receivedBytes: number;
  /** What `content-length` announced, if the response had that header. */
  declare readonly contentLength?: number;
  declare readonly $response: __HttpResponse;

  /**
   * @internal
   */
  constructor({ response, maxResponseBytes, receivedBytes, contentLength, operation }: ResponseTooLargeErrorOptions) {
    const seen = receivedBytes === 0 && contentLength !== undefined
      ? `its content-length is ${contentLength} bytes`
      : `${receivedBytes} bytes had arrived`;
    super({
      name: "ResponseTooLargeError",
      $fault: "server",
      message:
        `${operation ?? "The"} response is larger than maxResponseBytes (${maxResponseBytes} bytes): ${seen} ` +
        `(HTTP ${response.statusCode}); reading stopped and the connection was closed.`,
      $metadata: responseMetadata(response),
    });
    Object.setPrototypeOf(this, ResponseTooLargeError.prototype);
    this.maxResponseBytes = maxResponseBytes;
    this.receivedBytes = receivedBytes;
    if (contentLength !== undefined) Object.defineProperty(this, "contentLength", { value: contentLength, enumerable: true });
    Object.defineProperty(this, "$response", { value: response, enumerable: false, writable: false, configurable: true });
  }
}
