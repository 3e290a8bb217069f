// UnparseableResponseError on both published builds: the fields the class promises, checked on instances built
// directly, and its behaviour in a real call against a loopback server, above all that the retry strategy treats an
// unparseable body exactly as it treats a JSON service error with the same status.
import { HttpResponse } from "@smithy/protocol-http";
import { ConfiguredRetryStrategy } from "@smithy/util-retry";
import { Readable } from "node:stream";
import { builds } from "./support/builds";
import { TEST_CREDENTIALS, TEST_REGION } from "./support/credentials";
import { audienceModelArn, minimalAudienceModel } from "./support/fixtures";
import { json, LoopbackServer, ScriptedResponse, startLoopbackServer } from "./support/loopback-server";

const ARN = audienceModelArn("m");
const MODEL = minimalAudienceModel(ARN, "m");
const PAGE = "<html><body><h1>502 Bad Gateway</h1><p>upstream went away</p></body></html>";
const html = (status: number, body = PAGE): ScriptedResponse => ({ status, headers: { "content-type": "text/html" }, body });
const bytes = (text: string) => new TextEncoder().encode(text);

describe.each(builds)("UnparseableResponseError (%s)", (_name, load) => {
  const sdk = load();

  const response = (statusCode: number, headers: Record<string, string> = {}) =>
    new HttpResponse({ statusCode, headers: { "content-type": "text/html", ...headers }, body: undefined });

  describe("fields", () => {
    it("carries status, request ids, fault, raw response, body text and cause, and is a CleanRoomsMLServiceException", () => {
      const raw = response(502, { "X-Amzn-RequestId": "req-1", "x-amz-id-2": "ext-1", "x-amz-cf-id": "cf-1" });
      const cause = new SyntaxError("Unexpected token '<'");
      const err = new sdk.UnparseableResponseError({ response: raw, body: bytes(PAGE), cause, operation: "GetAudienceModel" });

      expect(err).toBeInstanceOf(sdk.UnparseableResponseError);
      expect(err).toBeInstanceOf(sdk.CleanRoomsMLServiceException);
      expect(err).toBeInstanceOf(Error);
      expect(err).not.toBeInstanceOf(sdk.ResourceNotFoundException);
      expect({ name: err.name, fault: err.$fault, metadata: err.$metadata }).toEqual({
        name: "UnparseableResponseError",
        fault: "server",
        // The header lookup ignores case: custom request handlers may not lower-case names as the built-in ones do.
        metadata: { httpStatusCode: 502, requestId: "req-1", extendedRequestId: "ext-1", cfId: "cf-1" },
      });
      expect(err.$response).toBe(raw);
      expect(err.$responseBodyText).toBe(PAGE);
      expect(err.$responseBodyTruncated).toBe(false);
      expect(err.cause).toBe(cause);
      expect(err.message).toBe(
        `GetAudienceModel response could not be parsed (HTTP 502, text/html, ${PAGE.length} bytes); ` +
          "its text is in $responseBodyText and the parser's error in cause.",
      );
    });

    it("keeps the body, raw response and cause out of enumeration, so serialized logs do not copy the body", () => {
      const err = new sdk.UnparseableResponseError({ response: response(503), body: bytes(PAGE), cause: new SyntaxError("x") });
      expect(Object.keys(err)).not.toEqual(expect.arrayContaining(["$response"]));
      for (const hidden of ["$response", "$responseBodyText", "$responseBodyTruncated", "cause"]) {
        expect({ hidden, enumerable: Object.getOwnPropertyDescriptor(err, hidden)?.enumerable }).toEqual({ hidden, enumerable: false });
      }
      expect(JSON.stringify(err)).not.toContain("Bad Gateway");
      expect(err.message).not.toContain("Bad Gateway");
    });

    it.each([
      [500, "server"],
      [503, "server"],
      [599, "server"],
      [200, "client"],
      [400, "client"],
      [403, "client"],
      [429, "client"],
      [499, "client"],
    ])("HTTP %i is a %s fault", (status, fault) => {
      const err = new sdk.UnparseableResponseError({ response: response(status), body: bytes(""), cause: undefined });
      expect(err.$fault).toBe(fault);
      expect(err.$metadata.httpStatusCode).toBe(status);
    });

    it("keeps at most the first 64 KiB of a long body as text, cut before a character that straddles the limit", () => {
      expect(sdk.UNPARSEABLE_BODY_TEXT_LIMIT).toBe(64 * 1024);
      // "€" is three bytes in UTF-8; placed at byte 65535 it straddles the 65536-byte limit.
      const long = "a".repeat(65535) + "€" + "b".repeat(10_000);
      const err = new sdk.UnparseableResponseError({ response: response(502), body: bytes(long), cause: undefined });
      expect(err.$responseBodyTruncated).toBe(true);
      expect(err.$responseBodyText).toBe("a".repeat(65535));
      expect(err.$responseBodyText).not.toContain("\ufffd");
      expect(err.message).toContain(`${bytes(long).byteLength} bytes`);
    });

    it("keeps a body of exactly 64 KiB whole", () => {
      const exact = "x".repeat(64 * 1024);
      const err = new sdk.UnparseableResponseError({ response: response(502), body: bytes(exact), cause: undefined });
      expect({ truncated: err.$responseBodyTruncated, length: err.$responseBodyText.length }).toEqual({ truncated: false, length: 65536 });
    });
  });

  describe("in a call", () => {
    let server: LoopbackServer;
    let script: ScriptedResponse[] = [];
    beforeAll(async () => {
      // Answers from the script in order; the last answer repeats.
      server = await startLoopbackServer(() => script[Math.min(server.requests.length - 1, script.length - 1)]);
    });
    afterAll(() => server.close());
    beforeEach(() => server.requests.splice(0));

    const call = (maxAttempts = 3) => {
      const client = new sdk.CleanRoomsMLClient({
        region: TEST_REGION,
        endpoint: server.endpoint,
        credentials: TEST_CREDENTIALS,
        retryStrategy: new ConfiguredRetryStrategy(maxAttempts, 1),
      });
      return client.send(new sdk.GetAudienceModelCommand({ audienceModelArn: ARN })).finally(() => client.destroy());
    };
    const settle = (p: Promise<unknown>) => p.then(() => undefined, (e) => e);

    it("a truncated JSON 400 rejects with the typed error holding the cut text, its SyntaxError as cause", async () => {
      script = [{ status: 400, headers: { "content-type": "application/json", "x-amzn-requestid": "req-400" }, body: '{"message":"cut' }];
      const err = await settle(call());
      expect(err).toBeInstanceOf(sdk.UnparseableResponseError);
      expect(err).toBeInstanceOf(sdk.CleanRoomsMLServiceException);
      expect({ fault: err.$fault, status: err.$metadata.httpStatusCode, requestId: err.$metadata.requestId, attempts: err.$metadata.attempts })
        .toEqual({ fault: "client", status: 400, requestId: "req-400", attempts: 1 });
      expect(err.$responseBodyText).toBe('{"message":"cut');
      expect(err.$response.statusCode).toBe(400);
      expect(err.cause).toBeInstanceOf(SyntaxError);
    });

    // The retry strategy decides on the error it sees. For each status, an HTML page on every attempt must lead to as
    // many attempts as a JSON service error with that status: 500/502/503/504 are transient, 429 is throttling, and the
    // rest (501 included) are not retried.
    it.each([500, 501, 502, 503, 504, 429, 403, 400])("HTTP %i: an HTML body is retried exactly like a JSON error", async (status) => {
      script = [json(status, { message: "modeled-looking error" }, { "x-amzn-errortype": "SomeServiceError" })];
      const jsonErr = await settle(call());
      const jsonRequests = server.requests.splice(0).length;

      script = [html(status)];
      const htmlErr = await settle(call());
      const htmlRequests = server.requests.splice(0).length;

      expect(jsonErr).toBeInstanceOf(sdk.CleanRoomsMLServiceException);
      expect(jsonErr).not.toBeInstanceOf(sdk.UnparseableResponseError);
      expect(htmlErr).toBeInstanceOf(sdk.UnparseableResponseError);
      expect({ status, htmlRequests, htmlAttempts: htmlErr.$metadata.attempts }).toEqual({ status, htmlRequests: jsonRequests, htmlAttempts: jsonRequests });
      expect(htmlRequests).toBe([500, 502, 503, 504, 429].includes(status) ? 3 : 1);
    });

    it("an HTML 503 followed by a valid 200 returns the output, parsed as usual", async () => {
      script = [html(503), json(200, MODEL, { "x-amzn-requestid": "req-ok" })];
      const out = await call();
      expect({ status: out.status, name: out.name, attempts: out.$metadata.attempts, requestId: out.$metadata.requestId })
        .toEqual({ status: "ACTIVE", name: "m", attempts: 2, requestId: "req-ok" });
      expect(out.createTime).toEqual(new Date("2026-03-01T10:00:00Z"));
    });
  });

  it("a body whose stream fails mid-read is a transport failure (ResponseBodyReadError), not an unparseable body, and keeps its status and response", async () => {
    // A request handler of this realm (a loopback socket's errors come from Node's own realm, which the jest vm wraps
    // and strips): the stream fails the way a connection reset mid-body fails it.
    const reset = Object.assign(new Error("aborted"), { code: "ECONNRESET" });
    const handler = {
      handle: async () => ({
        response: new HttpResponse({
          statusCode: 503,
          headers: { "content-type": "application/json", "x-amzn-requestid": "req-cut" },
          body: new Readable({ read() { this.destroy(reset); } }),
        }),
      }),
      updateHttpClientConfig: () => undefined,
      httpHandlerConfigs: () => ({}),
    };
    const client = new sdk.CleanRoomsMLClient({
      region: TEST_REGION,
      endpoint: "http://127.0.0.1:9",
      credentials: TEST_CREDENTIALS,
      requestHandler: handler as any,
      maxAttempts: 1,
    });
    try {
      const err: any = await client.send(new sdk.GetAudienceModelCommand({ audienceModelArn: ARN })).then(() => undefined, (e) => e);
      expect(err).toBeInstanceOf(sdk.ResponseBodyReadError);
      expect({ cause: err.cause, code: err.code }).toEqual({ cause: reset, code: "ECONNRESET" });
      expect(err).not.toBeInstanceOf(sdk.UnparseableResponseError);
      expect({ status: err.$metadata?.httpStatusCode, requestId: err.$metadata?.requestId, rawStatus: err.$response?.statusCode })
        .toEqual({ status: 503, requestId: "req-cut", rawStatus: 503 });
    } finally {
      client.destroy();
    }
  });
});
