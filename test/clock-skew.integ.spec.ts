// Clock skew: the server's clock is 15 minutes away from the client's. It rejects a request whose x-amz-date is
// more than 5 minutes off its own time with 403 and a skew error code, and stamps every answer with its own Date.
// The client must read that Date, correct its clock offset (config.systemClockOffset), re-sign and succeed on the
// retry, and keep the correction for later calls. Runs on NodeHttpHandler and FetchHttpHandler in Node.
import { FetchHttpHandler } from "@smithy/fetch-http-handler";
import { NodeHttpHandler } from "@smithy/node-http-handler";
import { builds } from "./support/builds";
import { TEST_CREDENTIALS, TEST_REGION } from "./support/credentials";
import { audienceModelArn, minimalAudienceModel } from "./support/fixtures";
import { json, LoopbackServer, RecordedRequest, startLoopbackServer } from "./support/loopback-server";

const sdk = builds[0][1]();
const ARN = audienceModelArn("skewed");
const SKEW_MS = 15 * 60 * 1000;
/** SigV4's tolerance on the service side. */
const ALLOWED_SKEW_MS = 5 * 60 * 1000;
/** Slack for the time a request spends in flight and in the retry backoff. */
const SLACK_MS = 5_000;

const MODEL = minimalAudienceModel(ARN, "skewed");

/** x-amz-date is ISO 8601 basic format: 20260301T100000Z. */
function parseAmzDate(value: string): number {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (!m) throw new Error(`not an x-amz-date: ${value}`);
  return Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]);
}
const amzDateOf = (req: RecordedRequest) => parseAmzDate(String(req.headers["x-amz-date"]));

/** The service's rejection for each skew error code it may use, in the words AWS uses. */
const REJECTIONS: Record<string, (signed: string, now: Date) => string> = {
  InvalidSignatureException: (signed, now) =>
    parseAmzDate(signed) < now.getTime()
      ? `Signature expired: ${signed} is now earlier than ${now.toISOString()} (${now.toISOString()} - 5 min.)`
      : `Signature not yet current: ${signed} is still later than ${now.toISOString()} (${now.toISOString()} + 5 min.)`,
  RequestTimeTooSkewed: () => "The difference between the request time and the current time is too large.",
};

const handlers: Array<[string, () => NodeHttpHandler | FetchHttpHandler]> = [
  ["NodeHttpHandler", () => new NodeHttpHandler()],
  ["FetchHttpHandler (Node)", () => new FetchHttpHandler()],
];

describe.each(handlers)("clock skew correction over %s", (_transport, makeHandler) => {
  describe.each(Object.keys(REJECTIONS))("server rejects with %s", (code) => {
    describe.each([
      ["ahead of", SKEW_MS],
      ["behind", -SKEW_MS],
    ])("server clock 15 minutes %s the client", (_dir, skewMs) => {
      let server: LoopbackServer;
      let client: InstanceType<typeof sdk.CleanRoomsMLClient>;

      beforeAll(async () => {
        server = await startLoopbackServer((req) => {
          const serverNow = new Date(Date.now() + skewMs);
          const signed = String(req.headers["x-amz-date"]);
          const date = serverNow.toUTCString();
          if (Math.abs(parseAmzDate(signed) - serverNow.getTime()) > ALLOWED_SKEW_MS) {
            return json(403, { message: REJECTIONS[code](signed, serverNow) }, { "x-amzn-errortype": code, date });
          }
          return json(200, MODEL, { date });
        });
        client = new sdk.CleanRoomsMLClient({
          region: TEST_REGION,
          endpoint: server.endpoint,
          credentials: TEST_CREDENTIALS,
          requestHandler: makeHandler(),
          maxAttempts: 3,
        });
      });
      afterAll(async () => {
        client.destroy();
        await server.close();
      });

      it("corrects systemClockOffset from the Date header and succeeds on the re-signed retry", async () => {
        const started = Date.now();
        const out = await client.send(new sdk.GetAudienceModelCommand({ audienceModelArn: ARN }));
        expect(out.name).toBe("skewed");
        expect(out.$metadata.attempts).toBe(2);
        expect(server.requests).toHaveLength(2);

        const [first, retry] = server.requests.map(amzDateOf);
        // The first attempt used the client's own clock; the retry is shifted by the server's skew.
        expect(Math.abs(first - started)).toBeLessThan(SLACK_MS);
        expect(Math.abs(retry - first - skewMs)).toBeLessThan(SLACK_MS);
        expect(Math.abs(client.config.systemClockOffset - skewMs)).toBeLessThan(SLACK_MS);
        // The credential scope is re-derived from the corrected date, not left at the old day.
        const scopeDate = /Credential=[^/]+\/(\d{8})\//.exec(String(server.requests[1].headers.authorization))?.[1];
        expect(scopeDate).toBe(String(server.requests[1].headers["x-amz-date"]).slice(0, 8));
      });

      it("keeps the correction: the next call is signed with server time and succeeds first try", async () => {
        server.requests.splice(0);
        const out = await client.send(new sdk.GetAudienceModelCommand({ audienceModelArn: ARN }));
        expect(out.$metadata.attempts).toBe(1);
        expect(Math.abs(amzDateOf(server.requests[0]) - (Date.now() + skewMs))).toBeLessThan(SLACK_MS);
      });
    });
  });

  it("surfaces the skew error with $metadata when correction is disabled, after one attempt", async () => {
    const server = await startLoopbackServer((req) => {
      const serverNow = new Date(Date.now() + SKEW_MS);
      const signed = String(req.headers["x-amz-date"]);
      return json(403, { message: REJECTIONS.RequestTimeTooSkewed(signed, serverNow) }, {
        "x-amzn-errortype": "RequestTimeTooSkewed",
        "x-amzn-requestid": "skew-1",
        date: serverNow.toUTCString(),
      });
    });
    const client = new sdk.CleanRoomsMLClient({
      region: TEST_REGION,
      endpoint: server.endpoint,
      credentials: TEST_CREDENTIALS,
      requestHandler: makeHandler(),
      maxAttempts: 3,
      // Same scenario with the correction switched off: proves the retry above comes from the correction.
      disableClockSkewCorrection: true,
    });
    try {
      const err = await client.send(new sdk.GetAudienceModelCommand({ audienceModelArn: ARN })).then(
        () => undefined,
        (e: any) => e,
      );
      expect(err).toBeInstanceOf(sdk.CleanRoomsMLServiceException);
      expect(err.name).toBe("RequestTimeTooSkewed");
      expect(err.$metadata).toMatchObject({ httpStatusCode: 403, requestId: "skew-1", attempts: 1 });
      expect(server.requests).toHaveLength(1);
    } finally {
      client.destroy();
      await server.close();
    }
  });
});
