// How users unit-test code that calls this client: aws-sdk-client-mock replaces CleanRoomsMLClient#send, so
// GetAudienceModelCommand answers from the test (a modeled error included) and nothing goes on the wire.
// The client points at a closed loopback port, so a call the mock failed to intercept would fail with
// ECONNREFUSED instead of passing. Runs against both published builds.
import { mockClient } from "aws-sdk-client-mock";
import { builds } from "./support/builds";
import { TEST_CREDENTIALS, TEST_REGION } from "./support/credentials";

const ACTIVE_ARN = "arn:aws:cleanrooms-ml:us-east-1:123456789012:audience-model/mocked-active";
const MISSING_ARN = "arn:aws:cleanrooms-ml:us-east-1:123456789012:audience-model/mocked-missing";
// Port 9 (discard) is not listened on here: an unmocked request is refused.
const UNREACHABLE = "http://127.0.0.1:9";

describe.each(builds)("aws-sdk-client-mock on CleanRoomsMLClient (%s)", (_name, load) => {
  const sdk = load();
  const cmMock = mockClient(sdk.CleanRoomsMLClient);
  const newClient = () =>
    new sdk.CleanRoomsMLClient({ region: TEST_REGION, endpoint: UNREACHABLE, credentials: TEST_CREDENTIALS, maxAttempts: 1 });

  const activeModel = {
    $metadata: {},
    audienceModelArn: ACTIVE_ARN,
    name: "mocked",
    status: sdk.AudienceModelStatus.ACTIVE,
    createTime: new Date("2026-03-01T10:00:00Z"),
    updateTime: new Date("2026-03-01T10:00:00Z"),
    trainingDatasetArn: "arn:aws:cleanrooms-ml:us-east-1:123456789012:training-dataset/ds",
  };

  beforeEach(() => {
    cmMock.reset();
    cmMock.on(sdk.GetAudienceModelCommand, { audienceModelArn: ACTIVE_ARN }).resolves(activeModel);
    cmMock.on(sdk.GetAudienceModelCommand, { audienceModelArn: MISSING_ARN }).rejects(
      new sdk.ResourceNotFoundException({ message: "Audience model not found", $metadata: { httpStatusCode: 404 } }),
    );
  });
  afterAll(() => cmMock.restore());

  it("answers GetAudienceModelCommand with the mocked output and records the input", async () => {
    const client = newClient();
    const out = await client.send(new sdk.GetAudienceModelCommand({ audienceModelArn: ACTIVE_ARN }));
    expect(out.status).toBe("ACTIVE");
    expect(out.createTime).toEqual(new Date("2026-03-01T10:00:00Z"));
    expect(cmMock.calls()).toHaveLength(1);
    expect(cmMock.commandCalls(sdk.GetAudienceModelCommand, { audienceModelArn: ACTIVE_ARN })).toHaveLength(1);
    expect(cmMock.call(0).args[0].input).toEqual({ audienceModelArn: ACTIVE_ARN });
  });

  it("rejects with the modeled ResourceNotFoundException, catchable the way the README shows", async () => {
    const client = newClient();
    const err = await client
      .send(new sdk.GetAudienceModelCommand({ audienceModelArn: MISSING_ARN }))
      .then(() => undefined, (e: unknown) => e);
    expect(err).toBeInstanceOf(sdk.ResourceNotFoundException);
    expect(err).toBeInstanceOf(sdk.CleanRoomsMLServiceException);
    const e = err as InstanceType<typeof sdk.ResourceNotFoundException>;
    expect(e.name).toBe("ResourceNotFoundException");
    expect(e.$fault).toBe("client");
    expect(e.message).toBe("Audience model not found");
    expect(cmMock.commandCalls(sdk.GetAudienceModelCommand).map((c) => c.args[0].input)).toEqual([
      { audienceModelArn: MISSING_ARN },
    ]);
  });

  it("covers the aggregated CleanRoomsML client too, since it sends through the same client class", async () => {
    const aggregated = new sdk.CleanRoomsML({ region: TEST_REGION, endpoint: UNREACHABLE, credentials: TEST_CREDENTIALS });
    await expect(aggregated.getAudienceModel({ audienceModelArn: ACTIVE_ARN })).resolves.toMatchObject({ name: "mocked" });
    await expect(aggregated.getAudienceModel({ audienceModelArn: MISSING_ARN })).rejects.toBeInstanceOf(
      sdk.ResourceNotFoundException,
    );
    expect(cmMock.commandCalls(sdk.GetAudienceModelCommand)).toHaveLength(2);
  });

  it("drives the AudienceModelActive waiter: polls until the mocked status turns ACTIVE", async () => {
    cmMock.reset();
    cmMock
      .on(sdk.GetAudienceModelCommand)
      .resolvesOnce({ ...activeModel, status: sdk.AudienceModelStatus.CREATE_IN_PROGRESS })
      .resolves(activeModel);
    const client = newClient();
    const result = await sdk.waitUntilAudienceModelActive(
      { client, minDelay: 1, maxDelay: 1, maxWaitTime: 20 },
      { audienceModelArn: ACTIVE_ARN },
    );
    expect(result.state).toBe("SUCCESS");
    expect(cmMock.commandCalls(sdk.GetAudienceModelCommand)).toHaveLength(2);
  });

  it("without the mock the same call really goes to the closed port, so the mock is what answered above", async () => {
    cmMock.restore();
    await expect(newClient().send(new sdk.GetAudienceModelCommand({ audienceModelArn: ACTIVE_ARN }))).rejects.toThrow(
      /ECONNREFUSED|connect/i,
    );
  });
});
