// smithy-typescript generated code
// Source: codegen/runtime/src/unparseableResponse/ResponseBodyReadError.ts (copied unchanged by codegen); edit it there, then npm run generate.
import type { HttpResponse as __HttpResponse } from "@smithy/protocol-http";
import type { ResponseMetadata as __ResponseMetadata } from "@smithy/types";

import { responseMetadata } from "./UnparseableResponseError";

// The errors a command rejects with when a response body cannot be read to its end. Written by
// UnparseableResponseIntegration, whose buffering middleware is where the body is read.

/**
 * What {@link ResponseBodyReadError} is built from.
 *
 * @public
 */
export interface ResponseBodyReadErrorOptions {
  /** The HTTP response whose headers arrived but whose body did not. */
  response: __HttpResponse;
  /** What the runtime reported, e.g. undici's `TypeError("terminated")` or Node's `Error("aborted")`. */
  cause?: unknown;
  /** Operation the response belongs to, e.g. `GetAudienceModel`; named in the message. */
  operation?: string;
}

/**
 * Rejected from `client.send` when the response headers arrived but the body did not arrive whole: the peer or a proxy
 * reset the connection, closed it before the announced `content-length`, or the runtime failed the read (undici's
 * `TypeError("terminated")`, a browser's `TypeError("network error")`). Without it such a failure would surface as a
 * bare `TypeError` that no retry strategy recognises.
 *
 * It is transient: `$retryable` is set, so the standard and adaptive retry strategies send the request again (every
 * operation this is added to reads its whole body, and a failed read changed nothing on the server's side that a
 * retry of this GET could repeat). When the attempts run out it surfaces with `$metadata` (the status and request id
 * of the response that broke off, and `attempts`), the raw response as the non-enumerable `$response`, and the
 * runtime's own error as `cause`. `code` repeats the cause's `code` (e.g. `ECONNRESET`) when it has one.
 *
 * @public
 */
export class ResponseBodyReadError extends Error {
  override name: string = "ResponseBodyReadError";
  /** The response's status and request ids; the retry middleware adds `attempts` and `totalRetryDelay`. */
  readonly $metadata: __ResponseMetadata;
  /** Read by `@smithy/core`'s retry classification: any `$retryable` makes an error transient. */
  readonly $retryable = { throttling: false };
  /** The `code` of the runtime's error, when it has one (`ECONNRESET` from Node). */
  readonly code?: string;
  declare readonly $response: __HttpResponse;
  declare readonly cause: unknown;

  /**
   * @internal
   */
  constructor({ response, cause, operation }: ResponseBodyReadErrorOptions, message?: string) {
    super(
      message ??
        `${operation ?? "The"} response body broke off before its end (HTTP ${response.statusCode}): ` +
          `${describe(cause)}. The connection failed while the body was read; the runtime's error is in cause.`,
    );
    Object.setPrototypeOf(this, new.target.prototype);
    this.$metadata = responseMetadata(response);
    const code = cause !== null && typeof cause === "object" ? (cause as { code?: unknown }).code : undefined;
    if (typeof code === "string") this.code = code;
    Object.defineProperty(this, "$response", { value: response, enumerable: false, writable: false, configurable: true });
    Object.defineProperty(this, "cause", { value: cause, enumerable: false, writable: false, configurable: true });
  }
}

/**
 * Which client option ran out while a body was being read: the request handler's `requestTimeout` (counted from when
 * the request went out) or the client's `bodyTimeout` (the longest the body may go without a byte).
 *
 * @public
 */
export type ResponseBodyTimeoutOption = "requestTimeout" | "bodyTimeout";

/**
 * Rejected from `client.send` when the response headers arrived but the body did not finish in time: either the
 * request handler's `requestTimeout` ran out before its last byte, or no byte arrived for the client's `bodyTimeout`
 * (60 s by default). Reading stops there and the connection is closed (the Node stream is destroyed, the fetch body
 * cancelled), so a stalled server cannot hold the call or the socket.
 *
 * Its `name` is `"TimeoutError"`, as for the request handler's own timeout before headers, so code that checks the
 * name sees one kind of timeout, and retry strategies treat it as transient like that one. `option` names the option
 * that ran out and `timeoutMs` its value.
 *
 * @public
 */
export class ResponseBodyTimeoutError extends ResponseBodyReadError {
  override name: string = "TimeoutError";
  /** The value of the option that ran out, in milliseconds. */
  readonly timeoutMs: number;
  /** `"requestTimeout"` (the whole attempt took too long) or `"bodyTimeout"` (the body stalled). */
  readonly option: ResponseBodyTimeoutOption;

  /**
   * @internal
   */
  constructor(options: ResponseBodyReadErrorOptions & { timeoutMs: number; option?: ResponseBodyTimeoutOption }) {
    const option = options.option ?? "requestTimeout";
    const status = `(HTTP ${options.response.statusCode}); reading stopped and the connection was closed.`;
    super(
      options,
      option === "bodyTimeout"
        ? `${options.operation ?? "The"} response body stalled: no byte arrived for the bodyTimeout of ${options.timeoutMs} ms ${status}`
        : `${options.operation ?? "The"} response body did not finish within the requestTimeout of ${options.timeoutMs} ms ${status}`,
    );
    Object.setPrototypeOf(this, new.target.prototype);
    this.timeoutMs = options.timeoutMs;
    this.option = option;
  }
}

function describe(cause: unknown): string {
  if (cause !== null && typeof cause === "object") {
    const { name, message } = cause as { name?: unknown; message?: unknown };
    return `${typeof name === "string" ? name : "Error"}: ${typeof message === "string" ? message : String(cause)}`;
  }
  return String(cause);
}
