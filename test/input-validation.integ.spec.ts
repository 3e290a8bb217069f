// Client-side input validation, on both published builds, against a recording loopback server: every bad ARN below
// must end in a typed InputValidationError with no request reaching the server, and a good ARN must still go through.
// Here: the error's shape for each rule, and JavaScript-only inputs (undefined, null, no input object). Which mode
// refuses which probe input is input-validation-modes.integ.spec.ts, over the table botocore is held to.
import { builds } from "./support/builds";
import { TEST_CREDENTIALS, TEST_REGION } from "./support/credentials";
import { json, LoopbackServer, startLoopbackServer } from "./support/loopback-server";

const VALID_ARN = "arn:aws:cleanrooms-ml:us-east-1:123456789012:audience-model/team_a/model-1";
const PATTERN = "^arn:aws[-a-z]*:cleanrooms-ml:[-a-z0-9]+:[0-9]{12}:audience-model/[-a-zA-Z0-9_/.]+$";
const LENGTH = { min: 20, max: 2048 };

interface BadInputVector {
  name: string;
  input: unknown;
  constraint: string;
  expected: unknown;
  /** Text the message must contain besides the member name. */
  says: string;
  /** Refused only in strict mode (patterns and maximums); the default mode sends these to the service. */
  strict?: true;
}

// One row per way to get the ARN wrong. `expected` is what the model states, checked against model.json separately
// (input-validation.spec.ts); here it pins that the error carries the rule that actually failed.
// `expected` is the model's whole rule in every mode, whichever bound the mode checked.
const BAD_INPUTS: BadInputVector[] = [
  { name: "missing-arn-is-required", input: {}, constraint: "required", expected: undefined, says: "is required" },
  { name: "undefined-arn-is-required", input: { audienceModelArn: undefined }, constraint: "required", expected: undefined, says: "is required" },
  { name: "null-arn-is-required", input: { audienceModelArn: null }, constraint: "required", expected: undefined, says: "is required" },
  { name: "no-input-object-is-required-arn", input: undefined, constraint: "required", expected: undefined, says: "is required" },
  { name: "empty-arn-is-too-short", input: { audienceModelArn: "" }, constraint: "length", expected: LENGTH, says: "between 20 and 2048 characters long, but is 0" },
  { name: "19-char-arn-is-too-short", input: { audienceModelArn: "arn:aws:cleanrooms-" }, constraint: "length", expected: LENGTH, says: "but is 19" },
  { name: "2049-char-arn-is-too-long", input: { audienceModelArn: VALID_ARN + "x".repeat(2049 - VALID_ARN.length) }, constraint: "length", expected: LENGTH, says: "but is 2049", strict: true },
  { name: "s3-arn-breaks-pattern", input: { audienceModelArn: "arn:aws:s3:::some-bucket/some-key" }, constraint: "pattern", expected: PATTERN, says: `must match the pattern ${PATTERN}`, strict: true },
  { name: "training-dataset-arn-breaks-pattern", input: { audienceModelArn: "arn:aws:cleanrooms-ml:us-east-1:123456789012:training-dataset/ds-1" }, constraint: "pattern", expected: PATTERN, says: "must match the pattern", strict: true },
  { name: "space-in-arn-breaks-pattern", input: { audienceModelArn: VALID_ARN + " x" }, constraint: "pattern", expected: PATTERN, says: "must match the pattern", strict: true },
  { name: "number-arn-is-wrong-type", input: { audienceModelArn: 123456789012345678901 }, constraint: "type", expected: "string", says: "must be a string" },
];

describe.each(builds)("client-side input validation (%s)", (_name, load) => {
  const sdk = load();
  let server: LoopbackServer;
  let client: InstanceType<typeof sdk.CleanRoomsMLClient>;
  let strictClient: InstanceType<typeof sdk.CleanRoomsMLClient>;

  beforeAll(async () => {
    server = await startLoopbackServer(() =>
      json(200, {
        createTime: "2026-03-01T10:00:00Z",
        updateTime: "2026-03-01T10:00:00Z",
        audienceModelArn: VALID_ARN,
        name: "m",
        trainingDatasetArn: "arn:aws:cleanrooms-ml:us-east-1:123456789012:training-dataset/ds-1",
        status: "ACTIVE",
      }),
    );
    client = new sdk.CleanRoomsMLClient({ region: TEST_REGION, endpoint: server.endpoint, credentials: TEST_CREDENTIALS });
    strictClient = new sdk.CleanRoomsMLClient({ region: TEST_REGION, endpoint: server.endpoint, credentials: TEST_CREDENTIALS, inputValidation: "strict" });
  });
  afterAll(async () => {
    client.destroy();
    strictClient.destroy();
    await server.close();
  });
  beforeEach(() => server.requests.splice(0));

  it.each(BAD_INPUTS.map((v) => [v.name, v.strict ? "strict mode" : "every mode that checks it", v] as const))("%s: InputValidationError in %s, nothing sent", async (_n, _mode, vector) => {
    const command = new sdk.GetAudienceModelCommand(vector.input as { audienceModelArn: string });
    const err = await (vector.strict ? strictClient : client).send(command).then(() => undefined, (e: unknown) => e);

    expect(err).toBeInstanceOf(sdk.InputValidationError);
    expect(err).toBeInstanceOf(Error);
    // A client-side refusal is not a service response: it must not look like one to `instanceof` checks.
    expect(err).not.toBeInstanceOf(sdk.CleanRoomsMLServiceException);
    const e = err as InstanceType<typeof sdk.InputValidationError>;
    expect(e).toMatchObject({
      name: "InputValidationError",
      $fault: "client",
      operation: "GetAudienceModel",
      memberPath: "audienceModelArn",
      constraint: vector.constraint,
    });
    expect(e.expected).toEqual(vector.expected);
    expect(e.message).toContain("Invalid GetAudienceModel input: audienceModelArn ");
    expect(e.message).toContain(vector.says);
    expect(server.requests).toHaveLength(0);
  });

  it("never repeats the offending value or the credentials in the error", async () => {
    const secretish = "arn:aws:cleanrooms-ml:us-east-1:123456789012:audience-model/" + "s3cr3t-value ";
    const err = await strictClient
      .send(new sdk.GetAudienceModelCommand({ audienceModelArn: secretish }))
      .then(() => undefined, (e: unknown) => e);
    expect(err).toBeInstanceOf(sdk.InputValidationError);
    const text = JSON.stringify({ ...(err as object), message: (err as Error).message, stack: (err as Error).stack });
    expect(text).not.toContain("s3cr3t-value");
    expect(text).not.toContain(TEST_CREDENTIALS.secretAccessKey);
    expect(server.requests).toHaveLength(0);
  });

  it("refuses the same bad command again when it is re-sent (the plugin is applied once per send)", async () => {
    const command = new sdk.GetAudienceModelCommand({ audienceModelArn: "" });
    for (let i = 0; i < 3; i++) {
      await expect(client.send(command)).rejects.toBeInstanceOf(sdk.InputValidationError);
    }
    expect(server.requests).toHaveLength(0);
  });

  it("lets a valid ARN through: exactly one GET with the encoded label", async () => {
    const out = await client.send(new sdk.GetAudienceModelCommand({ audienceModelArn: VALID_ARN }));
    expect(out.audienceModelArn).toBe(VALID_ARN);
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0].method).toBe("GET");
    expect(server.requests[0].rawPath).toBe(`/audience-model/${encodeURIComponent(VALID_ARN)}`);
  });

  it("lets a valid ARN of exactly 2048 characters through", async () => {
    const longest = VALID_ARN + "x".repeat(2048 - VALID_ARN.length);
    await client.send(new sdk.GetAudienceModelCommand({ audienceModelArn: longest }));
    expect(server.requests).toHaveLength(1);
  });

  it("inputValidation: false sends what it is given, even a command first refused by a strict client", async () => {
    const unchecked = new sdk.CleanRoomsMLClient({
      region: TEST_REGION, endpoint: server.endpoint, credentials: TEST_CREDENTIALS, inputValidation: false,
    });
    const command = new sdk.GetAudienceModelCommand({ audienceModelArn: "not-an-arn" });
    await expect(strictClient.send(command)).rejects.toBeInstanceOf(sdk.InputValidationError);
    await expect(client.send(command)).rejects.toMatchObject({ constraint: "length" });
    await unchecked.send(command);
    unchecked.destroy();
    expect(server.requests.map((r) => r.rawPath)).toEqual(["/audience-model/not-an-arn"]);
  });

  it("inputValidation: false still refuses what the request cannot be built without, with the same error", async () => {
    const unchecked = new sdk.CleanRoomsMLClient({
      region: TEST_REGION, endpoint: server.endpoint, credentials: TEST_CREDENTIALS, inputValidation: false,
    });
    // Without this check the serializer throws a plain Error for a missing label and sends GET /audience-model/ for
    // an empty one (another resource's URL); undefined input would be a TypeError.
    for (const [input, constraint] of [[{}, "required"], [{ audienceModelArn: null }, "required"], [undefined, "required"], [{ audienceModelArn: "" }, "httpLabel"]] as const) {
      const err = await unchecked.send(new sdk.GetAudienceModelCommand(input as never)).then(() => undefined, (e: unknown) => e);
      expect(err).toBeInstanceOf(sdk.InputValidationError);
      expect(err).toMatchObject({ name: "InputValidationError", $fault: "client", memberPath: "audienceModelArn", constraint });
    }
    unchecked.destroy();
    expect(server.requests).toHaveLength(0);
  });

  it("a misspelt mode fails the client's construction with a TypeError instead of quietly picking one", () => {
    expect(() => new sdk.CleanRoomsMLClient({ region: TEST_REGION, credentials: TEST_CREDENTIALS, inputValidation: "STRICT" as never }))
      .toThrow('inputValidation must be true, false or "strict", not "STRICT"');
  });

  it("checks through the aggregated client too", async () => {
    const aggregated = new sdk.CleanRoomsML({ region: TEST_REGION, endpoint: server.endpoint, credentials: TEST_CREDENTIALS });
    await expect(aggregated.getAudienceModel({ audienceModelArn: "" })).rejects.toMatchObject({
      name: "InputValidationError",
      constraint: "length",
    });
    aggregated.destroy();
    expect(server.requests).toHaveLength(0);
  });
});
