// The probe table (vectors/input-validation-modes.json) × the three inputValidation modes × both published builds,
// against a recording loopback server: a row's verdict is either "sent" (exactly one GET whose path carries the value,
// percent-encoded) or the constraint of the InputValidationError it rejects with, with nothing sent.
// test/python/test_botocore_parity.py holds botocore to the same table's default column.
import { builds } from "./support/builds";
import { TEST_CREDENTIALS, TEST_REGION } from "./support/credentials";
import { json, type LoopbackServer, startLoopbackServer } from "./support/loopback-server";
import { MEMBER, type Mode, MODE_ROWS, MODES } from "./vectors/input-validation-modes";

const OK_BODY = {
  createTime: "2026-03-01T10:00:00Z",
  updateTime: "2026-03-01T10:00:00Z",
  audienceModelArn: "arn:aws:cleanrooms-ml:us-east-1:123456789012:audience-model/am-1",
  name: "am-1",
  trainingDatasetArn: "arn:aws:cleanrooms-ml:us-east-1:123456789012:training-dataset/td-1",
  status: "ACTIVE",
};

// `true` is the default mode spelt out; it runs the default column too.
const CLIENT_MODES: Array<[label: string, column: Mode, options: object]> = [
  ["default (option omitted)", "default", MODES.default],
  ["default (inputValidation: true)", "default", { inputValidation: true }],
  ['strict (inputValidation: "strict")', "strict", MODES.strict],
  ["false (inputValidation: false)", "false", MODES.false],
];

describe("the probe table", () => {
  it("has a row for each of the issue's eleven kinds of input", () => {
    const kinds = new Set(MODE_ROWS.map((r) => r.kind));
    for (const kind of ["missing", "empty", "shorter than the minimum", "valid", "nested path", "new partition",
      "non-ARN but long enough", "longer than the maximum", "non-ASCII", "? and #", "a number instead of a string"]) {
      expect({ kind, inTable: kinds.has(kind) }).toEqual({ kind, inTable: true });
    }
  });

  it("orders the modes: false refuses a subset of what the default refuses, which strict refuses too, for the same reason", () => {
    for (const { name, verdict } of MODE_ROWS) {
      if (verdict.false !== "sent") expect({ name, default: verdict.default }).not.toEqual({ name, default: "sent" });
      if (verdict.default !== "sent") expect({ name, strict: verdict.strict }).toEqual({ name, strict: verdict.default });
    }
  });
});

describe.each(builds)("inputValidation modes over the probe table (%s)", (_build, load) => {
  const sdk = load();
  let server: LoopbackServer;

  beforeAll(async () => {
    server = await startLoopbackServer(() => json(200, OK_BODY, { "x-amzn-requestid": "req-modes" }));
  });
  afterAll(() => server.close());
  beforeEach(() => server.requests.splice(0));

  describe.each(CLIENT_MODES)("%s", (_label, column, options) => {
    let client: InstanceType<typeof sdk.CleanRoomsMLClient>;
    beforeAll(() => {
      client = new sdk.CleanRoomsMLClient({ region: TEST_REGION, endpoint: server.endpoint, credentials: TEST_CREDENTIALS, ...options });
    });
    afterAll(() => client.destroy());

    it.each(MODE_ROWS.map((row) => [row.name, row.verdict[column], row] as const))("%s: %s", async (_name, verdict, row) => {
      const outcome = await client
        .send(new sdk.GetAudienceModelCommand(row.input as { audienceModelArn: string }))
        .then(() => "sent", (e: unknown) => e);
      if (verdict === "sent") {
        expect(outcome).toBe("sent");
        // The value arrives unchanged: one path segment, every reserved character percent-encoded.
        expect(server.requests.map((r) => r.rawPath)).toEqual([`/audience-model/${encodeURIComponent(String(row.input[MEMBER]))}`]);
        return;
      }
      expect(outcome).toBeInstanceOf(sdk.InputValidationError);
      expect(outcome).toMatchObject({ name: "InputValidationError", $fault: "client", memberPath: MEMBER, constraint: verdict });
      expect((outcome as Error).message).toMatch(/^Invalid GetAudienceModel input: audienceModelArn .*\. Nothing was sent\.$/);
      expect(server.requests).toHaveLength(0);
    });
  });
});
