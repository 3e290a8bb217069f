// First end-to-end check of the generated client, on both published builds, against a loopback server:
// the request line, the SigV4 scope, output parsing (Dates, enum, map), a modeled 404 and a rejected empty input.
import { builds } from "./support/builds";
import { TEST_CREDENTIALS, TEST_REGION } from "./support/credentials";
import { json, LoopbackServer, startLoopbackServer } from "./support/loopback-server";

const ARN = "arn:aws:cleanrooms-ml:us-east-1:123456789012:audience-model/team_a/model-1.v2";
const MISSING_ARN = "arn:aws:cleanrooms-ml:us-east-1:123456789012:audience-model/gone";

const MODEL = {
  createTime: "2026-03-01T10:00:00.250Z",
  updateTime: "2026-03-02T11:30:00Z",
  trainingDataStartTime: "2026-01-01T00:00:00Z",
  trainingDataEndTime: "2026-02-01T00:00:00Z",
  audienceModelArn: ARN,
  name: "spring-lookalikes",
  trainingDatasetArn: "arn:aws:cleanrooms-ml:us-east-1:123456789012:training-dataset/ds-1",
  status: "ACTIVE",
  tags: { team: "growth", "cost-center": "42" },
};

describe.each(builds)("GetAudienceModel end to end (%s)", (_name, load) => {
  const sdk = load();
  let server: LoopbackServer;
  let client: InstanceType<typeof sdk.CleanRoomsMLClient>;

  beforeAll(async () => {
    server = await startLoopbackServer((req) =>
      req.rawPath.endsWith(encodeURIComponent(MISSING_ARN))
        ? json(404, { message: "Audience model not found" }, {
            "x-amzn-errortype": "ResourceNotFoundException",
            "x-amzn-requestid": "req-404",
          })
        : json(200, MODEL, { "x-amzn-requestid": "req-200" }),
    );
    client = new sdk.CleanRoomsMLClient({ region: TEST_REGION, endpoint: server.endpoint, credentials: TEST_CREDENTIALS });
  });
  afterAll(async () => {
    client.destroy();
    await server.close();
  });
  beforeEach(() => server.requests.splice(0));

  it("sends GET with the ARN label percent-encoded (':' -> %3A, '/' -> %2F)", async () => {
    await client.send(new sdk.GetAudienceModelCommand({ audienceModelArn: ARN }));
    expect(server.requests).toHaveLength(1);
    const [req] = server.requests;
    expect(req.method).toBe("GET");
    expect(req.rawPath).toBe(
      "/audience-model/arn%3Aaws%3Acleanrooms-ml%3Aus-east-1%3A123456789012%3Aaudience-model%2Fteam_a%2Fmodel-1.v2",
    );
    expect(req.body).toBe("");
  });

  it("signs with SigV4 scoped to the region and the cleanrooms-ml service", async () => {
    await client.send(new sdk.GetAudienceModelCommand({ audienceModelArn: ARN }));
    const auth = String(server.requests[0].headers.authorization);
    expect(auth).toMatch(
      new RegExp(`^AWS4-HMAC-SHA256 Credential=${TEST_CREDENTIALS.accessKeyId}/\\d{8}/us-east-1/cleanrooms-ml/aws4_request, SignedHeaders=[^,]*host[^,]*, Signature=[0-9a-f]{64}$`),
    );
    expect(server.requests[0].headers["x-amz-security-token"]).toBe(TEST_CREDENTIALS.sessionToken);
  });

  it("parses the 200 body into Dates, the enum and the tag map", async () => {
    const out = await client.send(new sdk.GetAudienceModelCommand({ audienceModelArn: ARN }));
    expect(out.createTime).toBeInstanceOf(Date);
    expect(out.createTime?.toISOString()).toBe("2026-03-01T10:00:00.250Z");
    expect(out.updateTime?.getTime()).toBe(Date.UTC(2026, 2, 2, 11, 30, 0));
    expect(out.trainingDataEndTime?.toISOString()).toBe("2026-02-01T00:00:00.000Z");
    expect(out.status).toBe(sdk.AudienceModelStatus.ACTIVE);
    expect(out.tags).toEqual({ team: "growth", "cost-center": "42" });
    expect(out.statusDetails).toBeUndefined();
    expect(out.$metadata).toMatchObject({ httpStatusCode: 200, requestId: "req-200", attempts: 1 });
  });

  it("raises a 404 with x-amzn-errortype as the modeled ResourceNotFoundException", async () => {
    const err = await client
      .send(new sdk.GetAudienceModelCommand({ audienceModelArn: MISSING_ARN }))
      .then(() => undefined, (e: unknown) => e);
    expect(err).toBeInstanceOf(sdk.ResourceNotFoundException);
    expect(err).toBeInstanceOf(sdk.CleanRoomsMLServiceException);
    const e = err as InstanceType<typeof sdk.ResourceNotFoundException>;
    expect(e.name).toBe("ResourceNotFoundException");
    expect(e.$fault).toBe("client");
    expect(e.message).toBe("Audience model not found");
    expect(e.$metadata).toMatchObject({ httpStatusCode: 404, requestId: "req-404", attempts: 1 });
  });

  it("rejects a missing audienceModelArn before sending anything", async () => {
    const input = {} as { audienceModelArn: string };
    await expect(client.send(new sdk.GetAudienceModelCommand(input))).rejects.toThrow(/audienceModelArn/);
    expect(server.requests).toHaveLength(0);
  });
});
