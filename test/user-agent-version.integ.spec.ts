// The client names its own version in the user agent. The generated runtime config writes that version as a literal
// (InlineClientVersionIntegration) instead of importing package.json, so this checks the literal still matches the
// version the package is published under, on both builds, in the headers that actually go over the wire.
import { readFileSync } from "node:fs";
import { builds } from "./support/builds";
import { TEST_CREDENTIALS, TEST_REGION } from "./support/credentials";
import { json, LoopbackServer, startLoopbackServer } from "./support/loopback-server";

const { version } = JSON.parse(
  readFileSync(require.resolve("@cleanroomsml-sdk/client-cleanroomsml/package.json"), "utf8"),
) as { version: string };

describe.each(builds)("user agent version (%s)", (_name, load) => {
  const sdk = load();
  let server: LoopbackServer;

  beforeAll(async () => {
    server = await startLoopbackServer(() => json(200, {
      createTime: "2026-03-01T10:00:00Z",
      updateTime: "2026-03-01T10:00:00Z",
      audienceModelArn: "arn:aws:cleanrooms-ml:us-east-1:123456789012:audience-model/m",
      name: "m",
      trainingDatasetArn: "arn:aws:cleanrooms-ml:us-east-1:123456789012:training-dataset/d",
      status: "ACTIVE",
    }));
  });
  afterAll(() => server.close());

  it("sends the package.json version as the SDK and api/ versions in user-agent and x-amz-user-agent", async () => {
    const client = new sdk.CleanRoomsMLClient({ region: TEST_REGION, endpoint: server.endpoint, credentials: TEST_CREDENTIALS });
    try {
      await client.send(new sdk.GetAudienceModelCommand({
        audienceModelArn: "arn:aws:cleanrooms-ml:us-east-1:123456789012:audience-model/m",
      }));
    } finally {
      client.destroy();
    }
    expect(server.requests).toHaveLength(1);
    const { headers } = server.requests[0];
    for (const header of ["user-agent", "x-amz-user-agent"]) {
      const value = String(headers[header]);
      expect({ header, sdk: value.split(" ")[0] }).toEqual({ header, sdk: `aws-sdk-js/${version}` });
    }
    expect(String(headers["user-agent"])).toContain(`api/cleanroomsml#${version}`);
  });
});
