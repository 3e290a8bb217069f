import type { ResponseMetadata as __ResponseMetadata } from "@smithy/types";
import { WaiterState } from "@smithy/util-waiter";

// The errors a generated waitUntil* function throws when it stops without success. Written by
// WaiterErrorsIntegration; waitUntilOrThrow.ts decides which one and fills it in.

/**
 * The types of {@link WaiterError.status} and {@link WaiterError.statusDetails} for this client's waiters. Codegen
 * fills it in (`src/waiterErrors/index.ts`) from the waiters' output matchers: `status` is the output member they
 * compare, `statusDetails` its companion member (`<status>Details`, `Reason` or `Message`) when the output has one.
 * Left empty, the fields are `string` and `unknown`.
 *
 * @public
 */
export interface WaiterStatusTypes {}

/**
 * The type of {@link WaiterError.status}.
 *
 * @public
 */
export type WaiterStatus = WaiterStatusTypes extends { status: infer S } ? S : string;

/**
 * The type of {@link WaiterError.statusDetails}.
 *
 * @public
 */
export type WaiterStatusDetails = WaiterStatusTypes extends { statusDetails: infer D } ? D : unknown;

/**
 * The status fields a waiter reads from an output, as codegen extracts them for each waiter.
 *
 * @public
 */
export interface WaiterStatusFields {
  status?: WaiterStatus;
  statusDetails?: WaiterStatusDetails;
}

/**
 * What a {@link WaiterError} is built from.
 *
 * @public
 */
export interface WaiterErrorOptions {
  /** The waiter's name in the model, e.g. `AudienceModelActive`. */
  waiterName: string;
  /** The last response the waiter saw: an operation output, or the error the call rejected with. */
  lastResponse?: unknown;
  /** The status fields of the last output the waiter saw, if any. */
  statusFields?: WaiterStatusFields;
  /** How often the waiter saw each kind of response, as `@smithy/util-waiter` counts them. */
  observedResponses?: Record<string, number>;
}

/**
 * Thrown by a `waitUntil*` function that stops without reaching its success state. The subclass says why:
 * {@link WaiterFailedError} (a failure state), {@link WaiterTimeoutError} (`maxWaitTime` ran out) or
 * {@link WaiterAbortedError} (the `abortSignal` fired). Every one carries what the waiter last saw.
 *
 * @public
 */
export class WaiterError extends Error {
  override name: string = "WaiterError";
  /** The waiter's name in the model, e.g. `AudienceModelActive`. */
  readonly waiterName: string;
  /** How the wait ended: `FAILURE`, `TIMEOUT` or `ABORTED`. */
  readonly state: WaiterState;
  /** The status in the last output the waiter saw (for example `CREATE_FAILED`); absent if no call succeeded. */
  readonly status?: WaiterStatus;
  /** The details that output gave with its status, if any. */
  readonly statusDetails?: WaiterStatusDetails;
  /**
   * The `$metadata` of the last response, output or error: HTTP status, request id, attempts. Empty when no call
   * had answered yet.
   */
  readonly $metadata: __ResponseMetadata;
  /** How often the waiter saw each kind of response (`"200: OK"`, `"403: ..."`), as `@smithy/util-waiter` counts them. */
  readonly observedResponses: Record<string, number>;
  /** The last response the waiter saw: an operation output or the error a call rejected with. Not enumerable. */
  declare readonly lastResponse: unknown;

  /**
   * @internal
   */
  constructor(options: WaiterErrorOptions, state: WaiterState = WaiterState.FAILURE, message?: string) {
    super(message ?? `Waiter ${options.waiterName} did not succeed (${state}).`);
    Object.setPrototypeOf(this, new.target.prototype);
    this.waiterName = options.waiterName;
    this.state = state;
    const { status, statusDetails } = options.statusFields ?? {};
    if (status !== undefined) this.status = status;
    if (statusDetails !== undefined) this.statusDetails = statusDetails;
    this.$metadata = metadataOf(options.lastResponse);
    this.observedResponses = { ...options.observedResponses };
    // Outputs and errors can be large (and an error's own `$response` holds the raw body); keep them out of logs
    // that print the waiter error's own fields.
    Object.defineProperty(this, "lastResponse", { value: options.lastResponse, enumerable: false, writable: false, configurable: true });
  }
}

/**
 * Thrown by a `waitUntil*` function when a failure acceptor of the waiter matched: the resource reached a state from
 * which the wait cannot succeed (for example `status` is `CREATE_FAILED`), or the call failed with an error the
 * waiter lists as final (for example `AccessDeniedException`). In the second case that error is also `cause`.
 *
 * @public
 */
export class WaiterFailedError extends WaiterError {
  override name: string = "WaiterFailedError";
  declare readonly cause?: unknown;

  /**
   * @internal
   */
  constructor(options: WaiterErrorOptions) {
    super(options, WaiterState.FAILURE, `Waiter ${options.waiterName} failed: ${failureReason(options)}.`);
    Object.setPrototypeOf(this, new.target.prototype);
    if (options.lastResponse instanceof Error) {
      Object.defineProperty(this, "cause", { value: options.lastResponse, enumerable: false, writable: false, configurable: true });
    }
  }
}

/**
 * Thrown by a `waitUntil*` function when `maxWaitTime` ran out before the waiter reached its success or a failure
 * state. Its `name` is `"TimeoutError"`, as `@smithy/util-waiter`'s own timeout error has always been.
 *
 * @public
 */
export class WaiterTimeoutError extends WaiterError {
  override name: string = "TimeoutError";
  /** The `maxWaitTime` that ran out, in seconds. */
  readonly maxWaitTime?: number;

  /**
   * @internal
   */
  constructor(options: WaiterErrorOptions & { maxWaitTime?: number }) {
    const waited = options.maxWaitTime === undefined ? "" : ` after ${options.maxWaitTime} s`;
    super(options, WaiterState.TIMEOUT, `Waiter ${options.waiterName} timed out${waited} (maxWaitTime)${lastSeen(options)}.`);
    Object.setPrototypeOf(this, new.target.prototype);
    if (options.maxWaitTime !== undefined) this.maxWaitTime = options.maxWaitTime;
  }
}

/**
 * Thrown by a `waitUntil*` function when its `abortSignal` (or deprecated `abortController`) fired. Its `name` is
 * `"AbortError"`, as `@smithy/util-waiter`'s own abort error has always been.
 *
 * @public
 */
export class WaiterAbortedError extends WaiterError {
  override name: string = "AbortError";

  /**
   * @internal
   */
  constructor(options: WaiterErrorOptions) {
    super(options, WaiterState.ABORTED, `Waiter ${options.waiterName} was aborted${lastSeen(options)}.`);
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

/** `$metadata` of an output or an error, when it has one. */
function metadataOf(response: unknown): __ResponseMetadata {
  const metadata = response !== null && typeof response === "object" ? (response as { $metadata?: unknown }).$metadata : undefined;
  return metadata !== null && typeof metadata === "object" ? { ...(metadata as __ResponseMetadata) } : {};
}

/** "status CREATE_FAILED (INTERNAL_ERROR: training data is empty)", or "" without a status. */
function describeStatus(fields: WaiterStatusFields | undefined): string {
  if (fields?.status === undefined) return "";
  const details = fields.statusDetails as { statusCode?: unknown; message?: unknown; reason?: unknown } | string | undefined;
  const parts =
    typeof details === "string"
      ? [details]
      : details !== null && typeof details === "object"
        ? [details.statusCode, details.message ?? details.reason].filter((p): p is string => typeof p === "string" && p !== "")
        : [];
  return `status ${String(fields.status)}${parts.length ? ` (${parts.join(": ")})` : ""}`;
}

function failureReason(options: WaiterErrorOptions): string {
  const last = options.lastResponse;
  if (last instanceof Error) {
    return `the call failed with ${last.name}${last.message ? `: ${firstLine(last.message)}` : ""}`;
  }
  const status = describeStatus(options.statusFields);
  return status ? `the resource reached ${status}` : "the last response matched a failure condition";
}

/** "; last status CREATE_IN_PROGRESS", "; last response ThrottlingException", or "". */
function lastSeen(options: WaiterErrorOptions): string {
  if (options.lastResponse instanceof Error) return `; last response ${options.lastResponse.name}`;
  const status = describeStatus(options.statusFields);
  return status ? `; last ${status}` : "";
}

function firstLine(text: string): string {
  const line = text.split("\n", 1)[0];
  return line.length > 200 ? `${line.slice(0, 200)}...` : line;
}
