// The GetAudienceModel vector table: one row per behaviour, run unchanged through NodeHttpHandler, FetchHttpHandler
// in Node and FetchHttpHandler in Chromium (test/protocol.*.spec.ts). Rows are data; the few helpers below only
// build repetitive rows (one per status value, one per error and wire style) so the table stays readable.
import { TEST_CREDENTIALS } from "../support/credentials";
import type { CallVector, ResponseStep } from "./types";

const ARN = "arn:aws:cleanrooms-ml:us-east-1:123456789012:audience-model/m";
const DATASET_ARN = "arn:aws:cleanrooms-ml:us-east-1:123456789012:training-dataset/ds-1";
const JSON_HEADERS = { "content-type": "application/json" };

/** The smallest valid 200 body: required members only. */
const REQUIRED_ONLY = {
  createTime: "2026-03-01T10:00:00Z",
  updateTime: "2026-03-02T11:30:00Z",
  audienceModelArn: ARN,
  name: "m",
  trainingDatasetArn: DATASET_ARN,
  status: "ACTIVE",
};
const REQUIRED_ONLY_OUTPUT = {
  createTime: { $date: "2026-03-01T10:00:00.000Z" },
  updateTime: { $date: "2026-03-02T11:30:00.000Z" },
  audienceModelArn: ARN,
  name: "m",
  trainingDatasetArn: DATASET_ARN,
  status: "ACTIVE",
};

const ok = (body: Record<string, unknown>, headers: Record<string, string> = {}): ResponseStep => ({
  status: 200,
  headers: { ...JSON_HEADERS, "x-amzn-requestid": "req-ok", ...headers },
  body: JSON.stringify(body),
});
const errorStep = (status: number, body: unknown, headers: Record<string, string> = {}): ResponseStep => ({
  status,
  headers: { ...JSON_HEADERS, "x-amzn-requestid": `req-${status}`, ...headers },
  body: typeof body === "string" ? body : JSON.stringify(body),
});

/** Headers every signed request carries, whatever the transport (browsers forbid setting user-agent, so not that). */
const SIGNED_REQUEST_HEADERS = {
  authorization: true,
  "x-amz-date": true,
  "x-amz-security-token": TEST_CREDENTIALS.sessionToken,
  "amz-sdk-invocation-id": true,
  "amz-sdk-request": "attempt=1; max=3",
  "x-amz-user-agent": true,
  host: true,
} as const;

// ---- request serialization: the ARN label ------------------------------------------------------------------------

const labelVector = (name: string, arn: string, encoded: string): CallVector => ({
  kind: "call",
  name,
  input: { audienceModelArn: arn },
  responses: [ok({ ...REQUIRED_ONLY, audienceModelArn: arn })],
  expect: {
    requests: 1,
    request: {
      method: "GET",
      rawPath: `/audience-model/${encoded}`,
      headers: SIGNED_REQUEST_HEADERS,
      absentHeaders: ["content-type", "transfer-encoding"],
      body: "",
    },
    output: { ...REQUIRED_ONLY_OUTPUT, audienceModelArn: arn },
    metadata: { attempts: 1, requestId: "req-ok", httpStatusCode: 200 },
  },
});

const LABEL_VECTORS: CallVector[] = [
  labelVector(
    "label: ':' becomes %3A and '/' becomes %2F while '.', '_' and '-' stay literal",
    "arn:aws:cleanrooms-ml:us-east-1:123456789012:audience-model/team_a/model-1.v2",
    "arn%3Aaws%3Acleanrooms-ml%3Aus-east-1%3A123456789012%3Aaudience-model%2Fteam_a%2Fmodel-1.v2",
  ),
  labelVector(
    "label: a deep resource path stays one path segment, every '/' sent as %2F",
    "arn:aws:cleanrooms-ml:eu-west-2:123456789012:audience-model/a/b.c/d_e/f-g",
    "arn%3Aaws%3Acleanrooms-ml%3Aeu-west-2%3A123456789012%3Aaudience-model%2Fa%2Fb.c%2Fd_e%2Ff-g",
  ),
  labelVector(
    "label: an aws-cn partition ARN is encoded the same way (the label is opaque to the client)",
    "arn:aws-cn:cleanrooms-ml:cn-north-1:123456789012:audience-model/M0del_.-",
    "arn%3Aaws-cn%3Acleanrooms-ml%3Acn-north-1%3A123456789012%3Aaudience-model%2FM0del_.-",
  ),
];

// ---- bad input ---------------------------------------------------------------------------------------------------
// The default mode refuses what botocore refuses and what the request cannot be built without (a missing or empty
// ARN: it fills the URL path); strict mode refuses patterns and maximums too. What the default mode sends, the
// service answers: the protocol server checks every constraint of the model first, as the service does, and answers
// 400 ValidationException. The generated InputValidationError (InputValidationIntegration) names the member and rule.

const STRICT = { inputValidation: "strict" } as const;

const rejected = (name: string, input: Record<string, unknown>, constraint: string, client?: CallVector["client"]): CallVector => ({
  kind: "call",
  name,
  input,
  client,
  expect: {
    requests: 0,
    error: {
      class: "InputValidationError",
      name: "InputValidationError",
      fault: "client",
      fields: { memberPath: "audienceModelArn", constraint },
      clientSideValidation: { messageIncludes: "audienceModelArn" },
    },
  },
});

const refusedByService = (name: string, input: Record<string, unknown>, rawPath: string, rule: string): CallVector => ({
  kind: "call",
  name,
  input,
  expect: {
    requests: 1,
    request: { method: "GET", rawPath, headers: SIGNED_REQUEST_HEADERS, body: "" },
    error: {
      class: ["ValidationException", "CleanRoomsMLServiceException"],
      name: "ValidationException",
      fault: "client",
      messageIncludes: `1 validation error detected: audienceModelArn ${rule}`,
      httpStatusCode: 400,
      requestId: "req-input-check",
      rawResponse: { statusCode: 400 },
    },
    metadata: { attempts: 1 },
  },
});

const DATASET_IN_LABEL = "arn:aws:cleanrooms-ml:us-east-1:123456789012:training-dataset/ds-1";
const QUERY_AND_FRAGMENT = "arn:aws:cleanrooms-ml:us-east-1:123456789012:audience-model/m?x=1#frag";
const TOO_LONG = `${ARN}-`.padEnd(2049, "x");

const INPUT_VECTORS: CallVector[] = [
  rejected("input: a missing audienceModelArn is a typed client-side error and nothing is sent", {}, "required"),
  rejected("input: an undefined audienceModelArn is a typed client-side error and nothing is sent", { audienceModelArn: { $undefined: true } }, "required"),
  rejected("input: an empty audienceModelArn is a typed client-side error and nothing is sent (not GET /audience-model/)", { audienceModelArn: "" }, "length"),
  rejected("input (inputValidation false): an empty audienceModelArn is still refused, since it fills the URL path", { audienceModelArn: "" }, "httpLabel", { inputValidation: false }),
  rejected("input (strict): a training-dataset ARN in the audience-model label breaks the model's pattern and is not sent",
    { audienceModelArn: DATASET_IN_LABEL }, "pattern", STRICT),
  refusedByService("input (default): the same training-dataset ARN is sent, and the service's 400 ValidationException comes back typed",
    { audienceModelArn: DATASET_IN_LABEL },
    "/audience-model/arn%3Aaws%3Acleanrooms-ml%3Aus-east-1%3A123456789012%3Atraining-dataset%2Fds-1", "must match the pattern"),
  rejected("input (strict): '?' and '#' in the ARN break the pattern and are not sent",
    { audienceModelArn: QUERY_AND_FRAGMENT }, "pattern", STRICT),
  refusedByService("input (default): '?' and '#' in the ARN are sent percent-encoded, so no query or fragment is smuggled into the path, and the service refuses them",
    { audienceModelArn: QUERY_AND_FRAGMENT },
    "/audience-model/arn%3Aaws%3Acleanrooms-ml%3Aus-east-1%3A123456789012%3Aaudience-model%2Fm%3Fx%3D1%23frag", "must match the pattern"),
  rejected("input (strict): a 2049-character ARN is past the model's maximum length and is not sent", { audienceModelArn: TOO_LONG }, "length", STRICT),
  refusedByService("input (default): a 2049-character ARN is sent, and the service refuses it as too long",
    { audienceModelArn: TOO_LONG }, `/audience-model/${encodeURIComponent(TOO_LONG)}`, "must be between 20 and 2048 characters long, but is 2049"),
];

// ---- output parsing ----------------------------------------------------------------------------------------------

const outputVector = (name: string, body: Record<string, unknown>, output: Record<string, unknown>): CallVector => ({
  kind: "call",
  name,
  input: { audienceModelArn: ARN },
  responses: [ok(body)],
  expect: { requests: 1, output, metadata: { attempts: 1, httpStatusCode: 200, requestId: "req-ok" } },
});

const MANY_TAGS = Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`key-${String(i).padStart(3, "0")}`, `value ${i}`]));
const UNICODE_TAGS = { "équipe": "croissance ☃", "团队": "增长", emoji: "🚀👩🏽‍🔬", combining: "e\u0301", empty: "", quote: "\"'\\/" };

const STATUSES = ["CREATE_PENDING", "CREATE_IN_PROGRESS", "CREATE_FAILED", "ACTIVE", "DELETE_PENDING", "DELETE_IN_PROGRESS", "DELETE_FAILED"];

const OUTPUT_VECTORS: CallVector[] = [
  outputVector(
    "output: every member set, statusDetails and kmsKeyArn included, parses to the full shape",
    {
      ...REQUIRED_ONLY,
      createTime: "2026-03-01T10:00:00.250Z",
      trainingDataStartTime: "2026-01-01T00:00:00Z",
      trainingDataEndTime: "2026-02-01T00:00:00Z",
      status: "CREATE_FAILED",
      statusDetails: { statusCode: "InsufficientData", message: "fewer than 1000 rows" },
      kmsKeyArn: "arn:aws:kms:us-east-1:123456789012:key/abcd-1234",
      tags: { team: "growth" },
      description: "spring lookalikes\nsecond line",
    },
    {
      ...REQUIRED_ONLY_OUTPUT,
      createTime: { $date: "2026-03-01T10:00:00.250Z" },
      trainingDataStartTime: { $date: "2026-01-01T00:00:00.000Z" },
      trainingDataEndTime: { $date: "2026-02-01T00:00:00.000Z" },
      status: "CREATE_FAILED",
      statusDetails: { statusCode: "InsufficientData", message: "fewer than 1000 rows" },
      kmsKeyArn: "arn:aws:kms:us-east-1:123456789012:key/abcd-1234",
      tags: { team: "growth" },
      description: "spring lookalikes\nsecond line",
    },
  ),
  outputVector("output: with only required members, every optional member is absent", REQUIRED_ONLY, REQUIRED_ONLY_OUTPUT),
  outputVector("output: statusDetails with only a message keeps the one member", { ...REQUIRED_ONLY, statusDetails: { message: "queued" } }, { ...REQUIRED_ONLY_OUTPUT, statusDetails: { message: "queued" } }),
  outputVector("output: empty tags stay an empty map", { ...REQUIRED_ONLY, tags: {} }, { ...REQUIRED_ONLY_OUTPUT, tags: {} }),
  outputVector("output: 200 tags (the model's maximum) all arrive", { ...REQUIRED_ONLY, tags: MANY_TAGS }, { ...REQUIRED_ONLY_OUTPUT, tags: MANY_TAGS }),
  outputVector("output: tag keys and values in any script, emoji, combining marks, quotes and empty values survive", { ...REQUIRED_ONLY, tags: UNICODE_TAGS }, { ...REQUIRED_ONLY_OUTPUT, tags: UNICODE_TAGS }),
  ...STATUSES.map((status) =>
    outputVector(`output: status ${status} parses`, { ...REQUIRED_ONLY, status }, { ...REQUIRED_ONLY_OUTPUT, status }),
  ),
  outputVector("output: an unknown future status value passes through as a string", { ...REQUIRED_ONLY, status: "ARCHIVED" }, { ...REQUIRED_ONLY_OUTPUT, status: "ARCHIVED" }),
  outputVector(
    "output: timestamps with milliseconds, microseconds and none all parse (sub-millisecond digits truncate)",
    { ...REQUIRED_ONLY, createTime: "2026-03-01T10:00:00.5Z", updateTime: "2026-03-02T11:30:00.123456Z", trainingDataStartTime: "2026-01-01T00:00:00Z" },
    { ...REQUIRED_ONLY_OUTPUT, createTime: { $date: "2026-03-01T10:00:00.500Z" }, updateTime: { $date: "2026-03-02T11:30:00.123Z" }, trainingDataStartTime: { $date: "2026-01-01T00:00:00.000Z" } },
  ),
  outputVector(
    "output: timestamps with +hh:mm and -hh:mm offsets convert to the same instant in UTC",
    { ...REQUIRED_ONLY, createTime: "2026-03-01T12:00:00+02:00", updateTime: "2026-03-02T06:00:00.250-05:30" },
    { ...REQUIRED_ONLY_OUTPUT, createTime: { $date: "2026-03-01T10:00:00.000Z" }, updateTime: { $date: "2026-03-02T11:30:00.250Z" } },
  ),
  outputVector(
    "output: unknown JSON fields (scalar, object, array, null) are ignored",
    { ...REQUIRED_ONLY, futureScalar: 7, futureObject: { a: { b: 1 } }, futureArray: [1, "x", null], futureNull: null },
    REQUIRED_ONLY_OUTPUT,
  ),
];

// ---- modeled and unmodeled errors --------------------------------------------------------------------------------

const MODELED_ERRORS: Array<[name: string, status: number]> = [
  ["ValidationException", 400],
  ["AccessDeniedException", 403],
  ["ResourceNotFoundException", 404],
  ["ThrottlingException", 429],
];
const NAMESPACE = "com.amazonaws.cleanroomsml";

/** Throttling is retried before it surfaces; the default vector client allows 3 attempts. */
const attemptsFor = (status: number) => (status === 429 ? 3 : 1);

const errorVector = (name: string, step: ResponseStep, status: number, error: CallVector["expect"]["error"]): CallVector => ({
  kind: "call",
  name,
  input: { audienceModelArn: ARN },
  responses: [step],
  expect: {
    requests: attemptsFor(status),
    error: { httpStatusCode: status, requestId: `req-${status}`, ...error },
    metadata: { attempts: attemptsFor(status) },
  },
});

const ERROR_VECTORS: CallVector[] = MODELED_ERRORS.flatMap(([error, status]) => {
  const expected = (message: string) => ({ class: error, name: error, fault: "client" as const, message, rawResponse: { statusCode: status } });
  return [
    errorVector(`errors: ${status} ${error} identified by the x-amzn-errortype header`,
      errorStep(status, { message: `via header ${status}` }, { "x-amzn-errortype": error }), status, expected(`via header ${status}`)),
    errorVector(`errors: ${status} ${error} identified by x-amzn-errortype with a ':'-suffix`,
      errorStep(status, { message: "suffixed header" }, { "x-amzn-errortype": `${error}:http://internal.amazon.com/coral/${NAMESPACE}/` }), status, expected("suffixed header")),
    errorVector(`errors: ${status} ${error} identified by __type with a namespace prefix and a ':'-suffix`,
      errorStep(status, { __type: `${NAMESPACE}#${error}:http://internal.amazon.com/coral/${NAMESPACE}/`, message: "via __type" }), status, expected("via __type")),
    errorVector(`errors: ${status} ${error} identified by the body's code field`,
      errorStep(status, { code: error, message: "via code" }), status, expected("via code")),
  ];
});

const UNKNOWN_ERROR_VECTORS: CallVector[] = [
  errorVector("errors: an unknown 4xx code becomes CleanRoomsMLServiceException named after that code",
    errorStep(402, { message: "quota exhausted" }, { "x-amzn-errortype": "ServiceQuotaExceededException" }), 402,
    { class: "CleanRoomsMLServiceException", name: "ServiceQuotaExceededException", fault: "client", message: "quota exhausted", rawResponse: { statusCode: 402 } }),
  errorVector("errors: an unknown __type with a namespace prefix still yields the bare code as name",
    errorStep(400, { __type: "com.amazonaws.cleanroomsml#ConflictException", message: "in use" }), 400,
    { class: "CleanRoomsMLServiceException", name: "ConflictException", fault: "client", message: "in use" }),
];

// ---- broken and non-JSON bodies ----------------------------------------------------------------------------------

const NO_RETRY = { retryStrategy: { kind: "configured", maxAttempts: 1, backoffMs: 1 } } as const;
const RETRY_3 = { retryStrategy: { kind: "configured", maxAttempts: 3, backoffMs: 1 } } as const;
/** A body the protocol cannot parse rejects with the generated UnparseableResponseError, a service exception. */
const UNPARSEABLE = { class: ["UnparseableResponseError", "CleanRoomsMLServiceException"], name: "UnparseableResponseError" };
const BAD_GATEWAY_PAGE = "<html><body><h1>502 Bad Gateway</h1></body></html>";
const FORBIDDEN_PAGE = "<html><body><h1>403 Forbidden</h1><p>Request blocked.</p></body></html>";
const TRUNCATED_ERROR = '{"__type":"ValidationException","message":"cut he';
const INVALID_200 = '{"createTime": 2026-03-01, "name": }';

const BROKEN_BODY_VECTORS: CallVector[] = [
  {
    kind: "call",
    name: "broken body: an HTML 502 from a proxy is a server-fault UnparseableResponseError with the status, the raw response and the page's text",
    input: { audienceModelArn: ARN },
    client: NO_RETRY,
    responses: [{ status: 502, headers: { "content-type": "text/html", "x-amzn-requestid": "req-502" }, body: BAD_GATEWAY_PAGE }],
    expect: { requests: 1, error: { ...UNPARSEABLE, fault: "server", httpStatusCode: 502, requestId: "req-502", rawResponse: { statusCode: 502, headers: { "content-type": "text/html" } }, responseBodyText: BAD_GATEWAY_PAGE } },
  },
  {
    kind: "call",
    name: "broken body: an HTML 502 from a proxy is transient, so it is retried and the next attempt's 200 is returned",
    input: { audienceModelArn: ARN },
    client: RETRY_3,
    responses: [{ status: 502, headers: { "content-type": "text/html" }, body: BAD_GATEWAY_PAGE }, ok(REQUIRED_ONLY)],
    expect: { requests: 2, output: REQUIRED_ONLY_OUTPUT, metadata: { attempts: 2, httpStatusCode: 200 } },
  },
  {
    kind: "call",
    name: "broken body: an HTML 502 on every attempt is retried up to maxAttempts, then surfaces as UnparseableResponseError with the attempts counted",
    input: { audienceModelArn: ARN },
    client: RETRY_3,
    responses: [{ status: 502, headers: { "content-type": "text/html", "x-amzn-requestid": "req-502" }, body: BAD_GATEWAY_PAGE }],
    expect: { requests: 3, error: { ...UNPARSEABLE, fault: "server", httpStatusCode: 502, requestId: "req-502", responseBodyText: BAD_GATEWAY_PAGE }, metadata: { attempts: 3 } },
  },
  {
    kind: "call",
    name: "broken body: an HTML 403 from a firewall is a client-fault UnparseableResponseError and is not retried",
    input: { audienceModelArn: ARN },
    client: RETRY_3,
    responses: [{ status: 403, headers: { "content-type": "text/html", "x-amzn-requestid": "req-403" }, body: FORBIDDEN_PAGE }],
    expect: { requests: 1, error: { ...UNPARSEABLE, fault: "client", httpStatusCode: 403, requestId: "req-403", rawResponse: { statusCode: 403 }, responseBodyText: FORBIDDEN_PAGE }, metadata: { attempts: 1 } },
  },
  {
    kind: "call",
    name: "broken body: an empty 500 is a server-fault CleanRoomsMLServiceException with the status and the raw response",
    input: { audienceModelArn: ARN },
    client: NO_RETRY,
    responses: [{ status: 500, headers: { "x-amzn-requestid": "req-500" }, body: "" }],
    expect: { requests: 1, error: { class: "CleanRoomsMLServiceException", fault: "server", httpStatusCode: 500, requestId: "req-500", rawResponse: { statusCode: 500 } } },
  },
  {
    kind: "call",
    name: "broken body: a truncated JSON error body is a client-fault UnparseableResponseError with the status, the raw response and the cut text",
    input: { audienceModelArn: ARN },
    client: NO_RETRY,
    responses: [errorStep(400, TRUNCATED_ERROR)],
    expect: { requests: 1, error: { ...UNPARSEABLE, fault: "client", httpStatusCode: 400, requestId: "req-400", rawResponse: { statusCode: 400, headers: JSON_HEADERS }, responseBodyText: TRUNCATED_ERROR } },
  },
  {
    kind: "call",
    name: "broken body: a 200 with invalid JSON is an UnparseableResponseError, not a half-parsed output",
    input: { audienceModelArn: ARN },
    client: NO_RETRY,
    responses: [{ status: 200, headers: { ...JSON_HEADERS, "x-amzn-requestid": "req-200" }, body: INVALID_200 }],
    expect: { requests: 1, error: { ...UNPARSEABLE, fault: "client", httpStatusCode: 200, requestId: "req-200", rawResponse: { statusCode: 200 }, responseBodyText: INVALID_200 } },
  },
  {
    kind: "call",
    name: "broken body: a 200 whose JSON is null is an UnparseableResponseError, not a TypeError from reading its members",
    input: { audienceModelArn: ARN },
    client: NO_RETRY,
    responses: [{ status: 200, headers: { ...JSON_HEADERS, "x-amzn-requestid": "req-200" }, body: "null" }],
    expect: { requests: 1, error: { ...UNPARSEABLE, fault: "client", httpStatusCode: 200, requestId: "req-200", responseBodyText: "null" } },
  },
];

// ---- retries, cancellation and timeouts --------------------------------------------------------------------------

const INTERNAL_500 = errorStep(500, { message: "internal" }, { "x-amzn-errortype": "InternalServerException" });
const UNAVAILABLE_503 = errorStep(503, { message: "unavailable" }, { "x-amzn-errortype": "ServiceUnavailableException" });
const THROTTLED_429 = errorStep(429, { message: "slow down" }, { "x-amzn-errortype": "ThrottlingException" });
const OK = ok(REQUIRED_ONLY);

const retryVector = (name: string, client: CallVector["client"], responses: ResponseStep[], attempts: number, error?: CallVector["expect"]["error"]): CallVector => ({
  kind: "call",
  name,
  input: { audienceModelArn: ARN },
  client,
  responses,
  expect: error
    ? { requests: attempts, error, metadata: { attempts } }
    : { requests: attempts, output: REQUIRED_ONLY_OUTPUT, metadata: { attempts, httpStatusCode: 200 } },
});

const RETRY_VECTORS: CallVector[] = [
  retryVector("retries (standard, retryMode + maxAttempts): a 500 is retried and the second attempt succeeds",
    { retryMode: "standard", maxAttempts: 3 }, [INTERNAL_500, OK], 2),
  retryVector("retries (standard, retryMode + maxAttempts): two 503s are retried and the third attempt succeeds",
    { retryMode: "standard", maxAttempts: 3 }, [UNAVAILABLE_503, UNAVAILABLE_503, OK], 3),
  retryVector("retries (standard, retryStrategy object): a 429 is retried and the second attempt succeeds",
    { retryStrategy: { kind: "configured", maxAttempts: 3, backoffMs: 1 } }, [THROTTLED_429, OK], 2),
  retryVector("retries (standard): a 500 on every attempt surfaces after maxAttempts with $metadata.attempts counted",
    { retryStrategy: { kind: "configured", maxAttempts: 4, backoffMs: 1 } }, [INTERNAL_500], 4,
    { name: "InternalServerException", class: "CleanRoomsMLServiceException", fault: "server", httpStatusCode: 500 }),
  retryVector("retries (adaptive, retryMode + maxAttempts): a 503 is retried and the second attempt succeeds",
    { retryMode: "adaptive", maxAttempts: 3 }, [UNAVAILABLE_503, OK], 2),
  retryVector("retries (adaptive, retryMode + maxAttempts): a 429 is retried through the client-side rate limiter",
    { retryMode: "adaptive", maxAttempts: 3 }, [THROTTLED_429, OK], 2),
  retryVector("retries (adaptive, retryStrategy object): a 500 then a 503 are retried and the third attempt succeeds",
    { retryStrategy: { kind: "adaptive", maxAttempts: 3 } }, [INTERNAL_500, UNAVAILABLE_503, OK], 3),
  retryVector("retries: maxAttempts 1 turns retries off, a 503 surfaces at once",
    { retryMode: "standard", maxAttempts: 1 }, [UNAVAILABLE_503], 1,
    { name: "ServiceUnavailableException", fault: "server", httpStatusCode: 503 }),
  ...([[400, "ValidationException"], [403, "AccessDeniedException"], [404, "ResourceNotFoundException"]] as const).flatMap(([status, error]) => [
    retryVector(`retries (standard): a ${status} ${error} is not retried`,
      { retryMode: "standard", maxAttempts: 3 }, [errorStep(status, { message: "no" }, { "x-amzn-errortype": error }), OK], 1,
      { class: error, name: error, fault: "client", httpStatusCode: status }),
    retryVector(`retries (adaptive): a ${status} ${error} is not retried`,
      { retryMode: "adaptive", maxAttempts: 3 }, [errorStep(status, { message: "no" }, { "x-amzn-errortype": error }), OK], 1,
      { class: error, name: error, fault: "client", httpStatusCode: status }),
  ]),
];

const CANCEL_VECTORS: CallVector[] = [
  {
    kind: "call",
    name: "cancel: an AbortSignal aborts an in-flight call to a server that never answers",
    input: { audienceModelArn: ARN },
    client: NO_RETRY,
    abortAfterMs: 150,
    responses: [{ fault: "hang" }],
    expect: { requests: 1, error: { name: "AbortError" }, closedByClient: true, minElapsedMs: 140, maxElapsedMs: 2000 },
  },
  {
    kind: "call",
    name: "timeout: requestTimeout (with throwOnRequestTimeout) fails the call with TimeoutError when the server never answers",
    input: { audienceModelArn: ARN },
    client: { ...NO_RETRY, requestHandler: { requestTimeout: 200, throwOnRequestTimeout: true } },
    responses: [{ fault: "hang" }],
    expect: { requests: 1, error: { name: "TimeoutError" }, minElapsedMs: 190, maxElapsedMs: 2000 },
  },
  {
    kind: "call",
    name: "timeout: requestTimeout alone fires on fetch; NodeHttpHandler only warns, so there the call runs on until aborted",
    input: { audienceModelArn: ARN },
    client: { ...NO_RETRY, requestHandler: { requestTimeout: 200 } },
    abortAfterMs: 700,
    responses: [{ fault: "hang" }],
    expect: { requests: 1, error: { name: "TimeoutError" }, minElapsedMs: 190, maxElapsedMs: 650 },
    // @smithy/node-http-handler 4.x logs "[WARN] a request has exceeded the configured requestTimeout" unless
    // throwOnRequestTimeout is true; Node users who want a hard deadline must set it (the vector above).
    expectOn: { "node-http": { requests: 1, error: { name: "AbortError" }, closedByClient: true, minElapsedMs: 690, maxElapsedMs: 2000 } },
  },
];

export const CALL_VECTORS: CallVector[] = [
  ...LABEL_VECTORS,
  ...INPUT_VECTORS,
  ...OUTPUT_VECTORS,
  ...ERROR_VECTORS,
  ...UNKNOWN_ERROR_VECTORS,
  ...BROKEN_BODY_VECTORS,
  ...RETRY_VECTORS,
  ...CANCEL_VECTORS,
];
