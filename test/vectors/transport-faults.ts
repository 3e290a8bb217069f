// Transport-fault vectors: the same call-vector shape as get-audience-model.ts, run by the same three runners. Each
// row names a fault the network or a proxy inflicts (implemented in test/support/transport-faults.ts) and the one
// correct outcome: GetAudienceModel is a GET, so a failed exchange is retried transparently when that is safe;
// otherwise the call ends in a typed error that carries $metadata. Never a hang, never a TypeError.
// `row` is the fault's short name in the printed fault matrix (test/README.md).
// `knownFailure` marks a transport whose client does not behave correctly today: the runner keeps the test
// visible as test.failing, naming the upstream behaviour, so a fix upstream turns it red and prompts its removal.
import { GetAudienceModelMaxResponseBytes } from "@cleanroomsml-sdk/client-cleanroomsml";
import type { CallVector, ResponseStep } from "./types";

export interface FaultVector extends CallVector {
  row: string;
}

const ARN = "arn:aws:cleanrooms-ml:us-east-1:123456789012:audience-model/faulty";
const DATASET_ARN = "arn:aws:cleanrooms-ml:us-east-1:123456789012:training-dataset/ds-1";
const MODEL = {
  createTime: "2026-03-01T10:00:00Z",
  updateTime: "2026-03-02T11:30:00Z",
  audienceModelArn: ARN,
  name: "faulty",
  trainingDatasetArn: DATASET_ARN,
  status: "ACTIVE",
};
const MODEL_BODY = JSON.stringify(MODEL);
const MODEL_OUTPUT = {
  createTime: { $date: "2026-03-01T10:00:00.000Z" },
  updateTime: { $date: "2026-03-02T11:30:00.000Z" },
  audienceModelArn: ARN,
  name: "faulty",
  trainingDatasetArn: DATASET_ARN,
  status: "ACTIVE",
};
const OK: ResponseStep = { status: 200, headers: { "content-type": "application/json", "x-amzn-requestid": "req-ok" }, body: MODEL_BODY };
const INTERNAL_500 = {
  status: 500,
  headers: { "x-amzn-errortype": "InternalServerException", "x-amzn-requestid": "req-500" },
  body: JSON.stringify({ message: "internal" }),
};
const input = { audienceModelArn: ARN };
/** Retries on, with a 1 ms backoff so the suite stays fast. */
const RETRY_FAST = { retryStrategy: { kind: "configured", maxAttempts: 3, backoffMs: 1 } } as const;
/** How long a stalled call may take to end once its deadline (timeout or abort) has passed. */
const PROMPTLY_MS = 2_000;

/** The client's default limit for GetAudienceModel, computed from the model by codegen. */
const LIMIT = GetAudienceModelMaxResponseBytes;
/** The bound on memory while an endless body arrives: the process's RSS may rise at most this much. */
const RSS_BOUND = 64 * 1024 * 1024;
/** With default settings, an endless or huge body must be refused within this long. */
const REFUSED_WITHIN_MS = 2_000;
const TOO_LARGE = { class: ["ResponseTooLargeError", "CleanRoomsMLServiceException"], name: "ResponseTooLargeError", fault: "server" as const };

const retriedToSuccess = (attempts: number) => ({ requests: attempts, output: MODEL_OUTPUT, metadata: { attempts, httpStatusCode: 200 } });

/**
 * Where a body read fails, the generated client's buffering middleware (UnparseableResponseIntegration) is what makes
 * the outcome uniform: the stock handlers stop enforcing requestTimeout once headers arrive, Node reports a caller's
 * abort after headers as Error("aborted"), and undici ("terminated") and Chromium ("network error") fail a cut body
 * with TypeErrors that @smithy/core's retry classification does not know. The middleware bounds the read by
 * requestTimeout and the AbortSignal and types the failures (ResponseBodyTimeoutError named "TimeoutError", an
 * AbortError, the transient ResponseBodyReadError), on all three transports alike.
 */
const BODY_TIMEOUT_ERROR = { class: ["ResponseBodyTimeoutError", "ResponseBodyReadError"], name: "TimeoutError", httpStatusCode: 200, rawResponse: { statusCode: 200 } };
/**
 * Chromium's network stack itself re-sends an idempotent request whose reused keep-alive connection was reset
 * before any response byte, so the SDK may see one attempt fewer than the server saw requests. Either way the
 * retry is transparent; what must hold is the request count and the successful output.
 */
const chromiumRetriedBelowSdk = (requests: number) => ({ requests, output: MODEL_OUTPUT, metadata: { httpStatusCode: 200 } });
/**
 * The model's @cors does not list Date in additionalExposedHeaders, so a page cannot read the server's time and the
 * SDK has nothing to correct its clock from: in a browser the skew error surfaces, typed and with $metadata. The
 * "Date exposed by CORS" row shows the same correction working in Chromium once the service exposes Date.
 */
const skewUncorrectableInBrowser = (name: string, attempts: number) => ({
  requests: attempts,
  error: { class: "CleanRoomsMLServiceException", name, fault: "client" as const, httpStatusCode: 403 },
  metadata: { attempts },
});
export const FAULT_VECTORS: FaultVector[] = [
  {
    kind: "call",
    row: "reset before headers",
    name: "fault: a connection reset before any response header is retried and the second attempt succeeds",
    input,
    client: RETRY_FAST,
    responses: [{ fault: "reset-before-headers" }, OK],
    expect: retriedToSuccess(2),
    expectOn: { "fetch-chromium": chromiumRetriedBelowSdk(2) },
  },
  {
    kind: "call",
    row: "reset mid-body",
    name: "fault: a connection reset halfway through the 200 body is retried and the second attempt succeeds",
    input,
    client: RETRY_FAST,
    responses: [{ fault: "reset-mid-body", params: { body: MODEL_BODY, sendBytes: 40 } }, OK],
    expect: retriedToSuccess(2),
  },
  {
    kind: "call",
    row: "reset mid-body, every attempt",
    name: "fault: a connection reset halfway through the body on every attempt ends, after maxAttempts, in ResponseBodyReadError with the 200 status and $metadata",
    input,
    client: RETRY_FAST,
    responses: [{ fault: "reset-mid-body", params: { body: MODEL_BODY, sendBytes: 40 } }],
    expect: {
      requests: 3,
      error: { class: "ResponseBodyReadError", name: "ResponseBodyReadError", httpStatusCode: 200, rawResponse: { statusCode: 200 } },
      metadata: { attempts: 3, httpStatusCode: 200 },
    },
  },
  {
    kind: "call",
    row: "stale socket (idle close)",
    name: "fault: the server closes its idle keep-alive socket between attempts; the retry opens a new connection and succeeds",
    input,
    // A 150 ms backoff leaves the server's close (after 10 ms) time to land before the retry goes out.
    client: { retryStrategy: { kind: "configured", maxAttempts: 3, backoffMs: 150 } },
    responses: [{ fault: "respond-then-close-idle", params: { ...INTERNAL_500, closeAfterMs: 10 } }, OK],
    expect: retriedToSuccess(2),
  },
  {
    kind: "call",
    row: "stale socket (reset on reuse)",
    name: "fault: a request sent on a pooled keep-alive socket that the server resets is retried on a fresh connection",
    input,
    // 20 ms lets the client finish reading the 500 and park the socket in its pool before the retry picks it up.
    client: { retryStrategy: { kind: "configured", maxAttempts: 3, backoffMs: 20 } },
    responses: [{ fault: "respond-then-close-idle", params: INTERNAL_500 }, { fault: "reset-if-reused" }, OK],
    expect: retriedToSuccess(3),
    expectOn: { "fetch-chromium": chromiumRetriedBelowSdk(3) },
  },
  {
    kind: "call",
    row: "body never finishes + abort",
    name: "fault: headers sent but the body never finishes; an AbortSignal ends the call with AbortError",
    input,
    client: RETRY_FAST,
    abortAfterMs: 300,
    responses: [{ fault: "stall-body", params: { body: MODEL_BODY, sendBytes: 20 } }],
    // The abort comes after the headers, so the error also carries the response's status; the client hangs up.
    expect: {
      requests: 1,
      error: { name: "AbortError", httpStatusCode: 200, rawResponse: { statusCode: 200 } },
      metadata: { attempts: 1, httpStatusCode: 200 },
      closedByClient: true,
      minElapsedMs: 290,
      maxElapsedMs: PROMPTLY_MS,
    },
  },
  {
    kind: "call",
    row: "body never finishes + requestTimeout",
    name: "fault: headers sent but the body never finishes; requestTimeout (throwOnRequestTimeout) ends the call with TimeoutError",
    input,
    client: { retryStrategy: { kind: "configured", maxAttempts: 1, backoffMs: 1 }, requestHandler: { requestTimeout: 300, throwOnRequestTimeout: true } },
    responses: [{ fault: "stall-body", params: { body: MODEL_BODY, sendBytes: 20 } }],
    // The deadline counts from when the request went out, headers included; reading stops and the client hangs up.
    expect: { requests: 1, error: BODY_TIMEOUT_ERROR, metadata: { attempts: 1, httpStatusCode: 200 }, closedByClient: true, minElapsedMs: 290, maxElapsedMs: PROMPTLY_MS },
    // A hang is reported after 2.5 s rather than the default 5 s: the deadline under test is 300 ms.
    watchdogMs: 2_500,
  },
  {
    kind: "call",
    row: "body never finishes + requestTimeout, retried",
    name: "fault: headers sent but the body never finishes; requestTimeout ends the attempt with a transient TimeoutError and the retry succeeds",
    input,
    client: { ...RETRY_FAST, requestHandler: { requestTimeout: 300, throwOnRequestTimeout: true } },
    responses: [{ fault: "stall-body", params: { body: MODEL_BODY, sendBytes: 20 } }, OK],
    expect: { ...retriedToSuccess(2), closedByClient: true, minElapsedMs: 290, maxElapsedMs: PROMPTLY_MS },
    watchdogMs: 2_500,
  },
  {
    kind: "call",
    row: "body never finishes + requestTimeout alone",
    name: "fault: headers sent but the body never finishes; requestTimeout without throwOnRequestTimeout bounds the body on fetch, while NodeHttpHandler only warns, as it does before headers",
    input,
    client: { retryStrategy: { kind: "configured", maxAttempts: 1, backoffMs: 1 }, requestHandler: { requestTimeout: 300 } },
    abortAfterMs: 900,
    responses: [{ fault: "stall-body", params: { body: MODEL_BODY, sendBytes: 20 } }],
    expect: { requests: 1, error: BODY_TIMEOUT_ERROR, closedByClient: true, minElapsedMs: 290, maxElapsedMs: 850 },
    // NodeHttpHandler's requestTimeout is a warning unless throwOnRequestTimeout is set; the body read keeps that
    // opt-in, so here only the caller's AbortSignal ends the call.
    expectOn: { "node-http": { requests: 1, error: { name: "AbortError", httpStatusCode: 200 }, closedByClient: true, minElapsedMs: 890, maxElapsedMs: PROMPTLY_MS } },
  },
  {
    kind: "call",
    row: "body never finishes + socketTimeout",
    name: "fault: headers sent but the body never finishes; NodeHttpHandler's socketTimeout ends the attempt and the retry succeeds",
    input,
    client: { ...RETRY_FAST, requestHandler: { socketTimeout: 300 } },
    responses: [{ fault: "stall-body", params: { body: MODEL_BODY, sendBytes: 20 } }, OK],
    expect: { ...retriedToSuccess(2), maxElapsedMs: PROMPTLY_MS },
    skip: {
      "fetch-node": "FetchHttpHandler has no socket idle timeout; requestTimeout and AbortSignal are its only deadlines",
      "fetch-chromium": "FetchHttpHandler has no socket idle timeout; requestTimeout and AbortSignal are its only deadlines",
    },
  },
  {
    kind: "call",
    row: "10 MB JSON body, maxResponseBytes off",
    name: "fault: with maxResponseBytes false, a 10 MB JSON body (unknown bulky member) is read whole and parsed to the modeled output",
    input,
    client: { ...RETRY_FAST, maxResponseBytes: false },
    responses: [{ fault: "large-json", params: { base: MODEL, bytes: 10 * 1024 * 1024 } }],
    expect: { ...retriedToSuccess(1), maxElapsedMs: 10_000 },
  },
  {
    kind: "call",
    row: "content-length too long",
    name: "fault: content-length announces 100 bytes more than arrive before the server hangs up; the call is retried and succeeds",
    input,
    client: RETRY_FAST,
    responses: [{ fault: "wrong-content-length", params: { body: MODEL_BODY, delta: 100 } }, OK],
    expect: retriedToSuccess(2),
  },
  {
    kind: "call",
    row: "clock 15 min ahead (InvalidSignatureException)",
    name: "fault: the server's clock is 15 minutes ahead; its 403 InvalidSignatureException and Date header correct the client's clock and the re-signed retry succeeds",
    input,
    client: RETRY_FAST,
    responses: [{ fault: "clock-skewed", params: { skewMs: 15 * 60 * 1000, errorType: "InvalidSignatureException", message: "Signature expired: the request time is earlier than the server time minus 5 min.", body: MODEL_BODY } }],
    expect: retriedToSuccess(2),
    // "Signature expired" is retried as transient even uncorrected, so the browser spends all three attempts.
    expectOn: { "fetch-chromium": skewUncorrectableInBrowser("InvalidSignatureException", 3) },
  },
  {
    kind: "call",
    row: "clock 15 min behind (RequestTimeTooSkewed)",
    name: "fault: the server's clock is 15 minutes behind; its 403 RequestTimeTooSkewed and Date header correct the client's clock and the re-signed retry succeeds",
    input,
    client: RETRY_FAST,
    responses: [{ fault: "clock-skewed", params: { skewMs: -15 * 60 * 1000, errorType: "RequestTimeTooSkewed", message: "The difference between the request time and the current time is too large.", body: MODEL_BODY } }],
    expect: retriedToSuccess(2),
    expectOn: { "fetch-chromium": skewUncorrectableInBrowser("RequestTimeTooSkewed", 1) },
  },
  {
    kind: "call",
    row: "clock 15 min ahead, Date exposed by CORS",
    name: "fault: the server's clock is 15 minutes ahead and it exposes Date to browsers; the client corrects its clock and the retry succeeds",
    input,
    client: RETRY_FAST,
    responses: [{ fault: "clock-skewed", params: { skewMs: 15 * 60 * 1000, errorType: "InvalidSignatureException", message: "Signature expired: the request time is earlier than the server time minus 5 min.", body: MODEL_BODY, exposeDate: true } }],
    expect: retriedToSuccess(2),
  },
  {
    kind: "call",
    row: "content-length too short",
    name: "fault: content-length announces 10 bytes fewer than the body; the cut JSON is a typed error with the 200 status, the raw response and $metadata",
    input,
    client: RETRY_FAST,
    responses: [{ fault: "wrong-content-length", params: { body: MODEL_BODY, delta: -10 } }],
    // The client receives exactly the bytes announced and cannot know more were sent. Which class reports the cut
    // JSON is the protocol table's concern (the broken-body vectors); here it must be typed, never a TypeError
    // (a standing rule of the assertions), carry the status and raw response, and not be retried.
    expect: { requests: 1, error: { httpStatusCode: 200, rawResponse: { statusCode: 200 } }, metadata: { attempts: 1 } },
  },
  {
    kind: "call",
    row: "endless 200 body (default limit)",
    name: "limit: a 200 whose JSON body never ends is cut off at the default maxResponseBytes within seconds, with ResponseTooLargeError, not retried, the connection closed and memory flat",
    input,
    client: RETRY_FAST,
    responses: [{ fault: "endless-body", params: { base: MODEL } }],
    expect: {
      requests: 1,
      // receivedBytes: the limit plus at most the piece that passed it (how large a piece is, the transport decides).
      error: { ...TOO_LARGE, httpStatusCode: 200, requestId: "req-endless", rawResponse: { statusCode: 200 }, fields: { maxResponseBytes: LIMIT }, messageIncludes: "bytes had arrived" },
      metadata: { attempts: 1, httpStatusCode: 200 },
      closedByClient: true,
      maxElapsedMs: REFUSED_WITHIN_MS,
      maxRssGrowthBytes: RSS_BOUND,
    },
  },
  {
    kind: "call",
    row: "2 GiB content-length, trickled (default limit)",
    name: "limit: headers announcing a 2 GiB body, then a byte now and then, are refused on content-length at once with ResponseTooLargeError and the connection closed",
    input,
    client: RETRY_FAST,
    responses: [{ fault: "huge-content-length-trickle", params: { contentLength: 2 * 1024 ** 3, everyMs: 100 } }],
    expect: {
      requests: 1,
      error: { ...TOO_LARGE, httpStatusCode: 200, requestId: "req-huge", fields: { maxResponseBytes: LIMIT, receivedBytes: 0, contentLength: 2 * 1024 ** 3 } },
      metadata: { attempts: 1 },
      closedByClient: true,
      maxElapsedMs: REFUSED_WITHIN_MS,
    },
  },
  {
    kind: "call",
    row: "valid body exactly at the default limit",
    name: "limit: a valid 200 body of exactly maxResponseBytes (the default, chunked) is read and parsed",
    input,
    client: RETRY_FAST,
    responses: [{ fault: "sized-json", params: { base: MODEL, bytes: LIMIT } }],
    expect: { ...retriedToSuccess(1), maxElapsedMs: 10_000 },
  },
  {
    kind: "call",
    row: "valid body one byte over the default limit",
    name: "limit: a valid 200 body one byte over maxResponseBytes (the default, chunked) is refused with ResponseTooLargeError after counting every byte, not retried",
    input,
    client: RETRY_FAST,
    responses: [{ fault: "sized-json", params: { base: MODEL, bytes: LIMIT + 1 } }],
    expect: {
      requests: 1,
      error: { ...TOO_LARGE, httpStatusCode: 200, fields: { maxResponseBytes: LIMIT, receivedBytes: LIMIT + 1 } },
      metadata: { attempts: 1 },
      maxElapsedMs: 10_000,
    },
  },
  {
    kind: "call",
    row: "one byte over, announced by content-length",
    name: "limit: a body whose content-length is one byte over maxResponseBytes (the default) is refused before a byte is read",
    input,
    client: RETRY_FAST,
    responses: [{ fault: "sized-json", params: { base: MODEL, bytes: LIMIT + 1, contentLength: true } }],
    expect: {
      requests: 1,
      error: { ...TOO_LARGE, httpStatusCode: 200, fields: { maxResponseBytes: LIMIT, receivedBytes: 0, contentLength: LIMIT + 1 } },
      metadata: { attempts: 1 },
    },
  },
  {
    kind: "call",
    row: "oversized 503 error body (maxResponseBytes 4096)",
    name: "limit: error bodies are bounded too: a 503 whose body passes a configured maxResponseBytes of 4096 is retried by its status, then ends in ResponseTooLargeError (503)",
    input,
    client: { ...RETRY_FAST, maxResponseBytes: 4096 },
    responses: [{ fault: "sized-json", params: { status: 503, base: { message: "unavailable" }, bytes: 5000, headers: { "x-amzn-errortype": "ServiceUnavailableException" } } }],
    expect: {
      requests: 3,
      error: { ...TOO_LARGE, httpStatusCode: 503, fields: { maxResponseBytes: 4096, receivedBytes: 5000 } },
      metadata: { attempts: 3, httpStatusCode: 503 },
    },
  },
  {
    kind: "call",
    row: "server never answers + requestTimeout",
    name: "deadline: when the handler's requestTimeout (throwOnRequestTimeout) fires before any header, the call fails with TimeoutError and the request is closed",
    input,
    client: { retryStrategy: { kind: "configured", maxAttempts: 1, backoffMs: 1 }, requestHandler: { requestTimeout: 200, throwOnRequestTimeout: true } },
    responses: [{ fault: "hang" }],
    // FetchHttpHandler's requestTimeout only races a timer against fetch(); the client's request handler wrapper
    // (DeadlinesIntegration) aborts the fetch it leaves behind.
    expect: { requests: 1, error: { name: "TimeoutError" }, closedByClient: true, minElapsedMs: 190, maxElapsedMs: PROMPTLY_MS },
  },
  {
    kind: "call",
    row: "server never answers (headersTimeout)",
    name: "deadline: a server that accepts and never answers, with no option but a short headersTimeout (the 60 s default, shortened), fails each attempt with the retryable ResponseHeadersTimeoutError and hangs up every time",
    input,
    client: { ...RETRY_FAST, headersTimeout: 300 },
    responses: [{ fault: "hang" }],
    expect: {
      requests: 3,
      error: { class: "ResponseHeadersTimeoutError", name: "TimeoutError" },
      metadata: { attempts: 3 },
      everyRequestClosedByClient: true,
      minElapsedMs: 3 * 290,
      maxElapsedMs: 3 * 300 + PROMPTLY_MS,
    },
    watchdogMs: 4_000,
  },
  {
    kind: "call",
    row: "server never answers once (headersTimeout), retried",
    name: "deadline: headersTimeout ends a silent attempt and the retry succeeds",
    input,
    client: { ...RETRY_FAST, headersTimeout: 300 },
    responses: [{ fault: "hang" }, OK],
    expect: { ...retriedToSuccess(2), closedByClient: true, minElapsedMs: 290, maxElapsedMs: 300 + PROMPTLY_MS },
    // Chromium may re-send a request whose connection it saw closed; the SDK still sees two attempts.
    watchdogMs: 3_000,
  },
  {
    kind: "call",
    row: "body stalls (bodyTimeout), retried",
    name: "deadline: headers sent, then the body stops; bodyTimeout alone (no requestTimeout) ends the attempt with a transient TimeoutError, the connection is closed and the retry succeeds",
    input,
    client: { ...RETRY_FAST, bodyTimeout: 300 },
    responses: [{ fault: "stall-body", params: { body: MODEL_BODY, sendBytes: 20 } }, OK],
    expect: { ...retriedToSuccess(2), closedByClient: true, minElapsedMs: 290, maxElapsedMs: 300 + PROMPTLY_MS },
    watchdogMs: 3_000,
  },
  {
    kind: "call",
    row: "slow but steady body (bodyTimeout)",
    name: "deadline: a body that arrives in pieces 100 ms apart, 0.8 s in all, is read whole under a bodyTimeout of 300 ms, which counts the wait between bytes",
    input,
    client: { ...RETRY_FAST, bodyTimeout: 300 },
    responses: [{ fault: "trickle-body", params: { body: MODEL_BODY, chunks: 8, everyMs: 100 } }],
    expect: { ...retriedToSuccess(1), minElapsedMs: 700, maxElapsedMs: 800 + PROMPTLY_MS },
  },
  {
    kind: "call",
    row: "callTimeout across retries",
    name: "deadline: callTimeout ends a call whose attempts each time out (headersTimeout 200 ms) with CallTimeoutError at 500 ms, during the third attempt, whose request is closed",
    input,
    client: { ...RETRY_FAST, headersTimeout: 200, callTimeout: 500 },
    responses: [{ fault: "hang" }],
    expect: {
      requests: 3,
      error: { class: "CallTimeoutError", name: "CallTimeoutError" },
      metadata: { attempts: 3 },
      everyRequestClosedByClient: true,
      minElapsedMs: 490,
      maxElapsedMs: 500 + PROMPTLY_MS,
    },
    watchdogMs: 3_000,
  },
  {
    kind: "call",
    row: "callTimeout during back-off",
    name: "deadline: callTimeout (600 ms) ends a call in the middle of a 1 s back-off after a 500, with CallTimeoutError, and no second request is sent",
    input,
    client: { retryStrategy: { kind: "configured", maxAttempts: 3, backoffMs: 1_000 }, callTimeout: 600 },
    responses: [INTERNAL_500],
    expect: { requests: 1, error: { class: "CallTimeoutError", name: "CallTimeoutError" }, metadata: { attempts: 1 }, minElapsedMs: 590, maxElapsedMs: 950 },
  },
];
