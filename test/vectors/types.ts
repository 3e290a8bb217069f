// The shape of a protocol vector. Everything here is plain JSON-compatible data, because the same table is handed to
// Node runners and, through Playwright, to a page in Chromium. Dates travel as { $date: ISO string } and an explicitly
// undefined input member as { $undefined: true }; the executor turns them back into real values on each side.

export type TransportName = "node-http" | "fetch-node" | "fetch-chromium";

export interface DateValue { $date: string }
export interface UndefinedValue { $undefined: true }

/** One scripted answer from the loopback server for one attempt. */
export type ResponseStep =
  | { status: number; headers?: Record<string, string>; body?: string; delayMs?: number }
  /**
   * A transport-level misbehaviour, looked up by name in FAULTS (test/support/protocol-server.ts).
   * New faults are added there and referenced here; vectors never carry code.
   */
  | { fault: string; params?: Record<string, unknown> };

/** How the client is configured for the call, expressed the way users configure it. */
export interface ClientSetup {
  region?: string;
  maxAttempts?: number;
  retryMode?: "standard" | "adaptive";
  /**
   * A retryStrategy object built from @smithy/util-retry. "configured" is ConfiguredRetryStrategy with a fixed backoff
   * (keeps the suite fast); "adaptive" is AdaptiveRetryStrategy; "standard" is StandardRetryStrategy.
   */
  retryStrategy?: { kind: "configured"; maxAttempts: number; backoffMs: number } | { kind: "adaptive" | "standard"; maxAttempts: number };
  /**
   * Passed to the request handler's options, the way users set it: requestHandler: { requestTimeout, ... }.
   * socketTimeout exists on NodeHttpHandler only (an idle-socket deadline); FetchHttpHandler ignores it.
   */
  requestHandler?: { requestTimeout?: number; throwOnRequestTimeout?: boolean; socketTimeout?: number };
  /** The client's input validation mode; omitted is the default mode. */
  inputValidation?: boolean | "strict";
  /** The client's response size limit: bytes, or false for none (omitted: the operation's default from the model). */
  maxResponseBytes?: number | false;
  /** The client's deadline for a body that stops arriving, in ms (omitted: the 60 s default). */
  bodyTimeout?: number | false;
  /** The client's deadline for the response headers, in ms, connecting included (omitted: the 60 s default). */
  headersTimeout?: number | false;
  /** The client's deadline for the whole call, across attempts and back-off, in ms (omitted: none). */
  callTimeout?: number | false;
}

export interface ExpectedRequest {
  method: string;
  /** The request target exactly as received, percent-encoding intact. */
  rawPath: string;
  /** Header names (lower case) that must be present; a string value must match exactly. */
  headers?: Record<string, string | true>;
  /** Header names (lower case) that must not be present. */
  absentHeaders?: string[];
  body: string;
}

export interface ExpectedError {
  /** Exported class (or classes, all of them) the error must be an instance of, or a built-in such as "SyntaxError". */
  class?: string | string[];
  /** Checks that hold for any typed client-side validation error, whatever its class is called. */
  clientSideValidation?: { messageIncludes: string };
  name?: string;
  fault?: "client" | "server";
  message?: string;
  messageIncludes?: string;
  httpStatusCode?: number;
  requestId?: string;
  /** The raw HTTP response must stay reachable as the (hidden) $response field. */
  rawResponse?: { statusCode: number; headers?: Record<string, string> };
  /** Named fields (beyond message) the error must carry, e.g. a modeled member. */
  fields?: Record<string, unknown>;
  /** The raw body text the error keeps in its (hidden) $responseBodyText field. */
  responseBodyText?: string;
}

export interface VectorExpectation {
  /** How many HTTP requests (attempts) reach the server; 0 means nothing may be sent. */
  requests: number;
  /** Checks for the first request; every request is checked against the SigV4 verifier regardless. */
  request?: ExpectedRequest;
  output?: Record<string, unknown>;
  error?: ExpectedError;
  /** $metadata of whichever settled, the output or the error. */
  metadata?: { attempts?: number; requestId?: string; httpStatusCode?: number };
  /** Whether the client closed the connection of the first (faulted) request while it was in flight. */
  closedByClient?: boolean;
  /** Every request of the call was closed by the client while in flight (each attempt's deadline aborted it). */
  everyRequestClosedByClient?: boolean;
  /**
   * Node runners: the process's RSS may grow at most this many bytes over its value when the call started, sampled
   * every few milliseconds while the call runs (the peak counts). The browser runner has no RSS to sample.
   */
  maxRssGrowthBytes?: number;
  /** The call must settle no sooner / no later than this many milliseconds after it started. */
  minElapsedMs?: number;
  maxElapsedMs?: number;
}

export interface CallVector {
  kind: "call";
  /** Says the behaviour, so a failure reads as a sentence. */
  name: string;
  input: Record<string, unknown>;
  client?: ClientSetup;
  /** Abort the call through an AbortSignal this many milliseconds after sending. */
  abortAfterMs?: number;
  /** Answers per attempt; the last one repeats. Omitted: a valid 200. */
  responses?: ResponseStep[];
  expect: VectorExpectation;
  /**
   * Where a transport is documented to behave differently, its own expectation replaces `expect` there; the
   * difference then stays visible in the table instead of being skipped.
   */
  expectOn?: Partial<Record<TransportName, VectorExpectation>>;
  /** Transports this vector cannot express, each with the reason; the runner shows it as a visible skip. */
  skip?: Partial<Record<TransportName, string>>;
  /**
   * Transports whose client misbehaves here today, each with the upstream behaviour at fault. The runner keeps the
   * test as test.failing: still run, still asserting the correct outcome, and it turns red once upstream is fixed.
   */
  knownFailure?: Partial<Record<TransportName, string>>;
  /** How long the executor waits for the call to settle before reporting it unsettled (default 5000 ms). */
  watchdogMs?: number;
}

export interface EndpointVector {
  kind: "endpoint";
  name: string;
  params: Record<string, unknown>;
  expect: { url: string; headers?: Record<string, string[]> } | { error: string };
  skip?: Partial<Record<TransportName, string>>;
}

export type Vector = CallVector | EndpointVector;
