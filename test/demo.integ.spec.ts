// `npm run demo` runs to completion: spawned as a user would run it, in local mode and in remote mode
// (pointed at a local endpoint here, with credentials from the environment via the default chain).
import { DELETED, startLocalEndpoint } from "@cleanroomsml-sdk/local-endpoint";
import { spawn } from "node:child_process";
import { join } from "node:path";
import { TEST_CREDENTIALS } from "./support/credentials";

const DEMO = join(__dirname, "..", "demo", "get-audience-model.mjs");

function runDemo(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    // A clean environment: no AWS settings from the machine running the tests leak into the demo.
    const child = spawn(process.execPath, [DEMO, ...args], { env: { PATH: process.env.PATH, HOME: "/nonexistent", ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c) => (stdout += c));
    child.stderr.on("data", (c) => (stderr += c));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

// The lowest Node major the published packages support (their engines field, ">=22.0.0").
const SUPPORTED_FROM = Number(/^>=(\d+)\./.exec(require("@cleanroomsml-sdk/client-cleanroomsml/package.json").engines.node)?.[1]);
const RUNNING = Number(process.versions.node.split(".")[0]);

describe("npm run demo", () => {
  it(`first run's stderr: empty on a supported Node (>= ${SUPPORTED_FROM}), only the AWS SDK's NodeVersionSupportWarning below (this is ${process.version})`, async () => {
    expect(SUPPORTED_FROM).toBeGreaterThanOrEqual(22);
    const { code, stdout, stderr } = await runDemo([]);
    expect(code).toBe(0);
    expect(stdout.trimEnd().endsWith("demo finished")).toBe(true);
    if (RUNNING >= SUPPORTED_FROM) {
      expect(stderr).toBe("");
    } else {
      // Below engines the AWS SDK packages warn that their releases from January 2027 need Node >= 22, the reason
      // engines says 22. That must be the only warning, and nothing else may be printed.
      const warnings = stderr.match(/^\(node:\d+\) \w*Warning: .*$/gm) ?? [];
      expect(warnings.length).toBeGreaterThan(0);
      expect(warnings.filter((w) => !w.includes("NodeVersionSupportWarning"))).toEqual([]);
      expect(stderr).not.toMatch(/error/i);
    }
  });

  it("shows a signed round trip, a waiter reaching ACTIVE and a modeled error against the local endpoint", async () => {
    const { code, stdout, stderr } = await runDemo([]);
    expect(stderr).not.toMatch(/demo failed/);
    expect(code).toBe(0);
    expect(stdout).toMatch(/1\. GetAudienceModel against local endpoint http:\/\/127\.0\.0\.1:\d+ \(SigV4 verified\)/);
    expect(stdout).toMatch(/status\s+CREATE_IN_PROGRESS/);
    expect(stdout).toMatch(/createTime\s+2026-03-01T10:00:00\.000Z\s+\(a Date\)/);
    expect(stdout).toContain(`{"team":"growth","cost-center":"42"}`);
    expect(stdout).toMatch(/poll: CREATE_PENDING[\s\S]*poll: ACTIVE/);
    expect(stdout).toMatch(/waiter SUCCESS after \d+\.\d s: status ACTIVE/);
    expect(stdout).toContain("ResourceNotFoundException (instanceof ResourceNotFoundException: true, of CleanRoomsMLServiceException: true)");
    expect(stdout).toMatch(/HTTP 404, fault client, requestId [0-9a-f-]{36}/);
    expect(stdout.trimEnd().endsWith("demo finished")).toBe(true);
  });

  it("calls the endpoint given by --endpoint/--region with credentials from the default chain", async () => {
    const arn = "arn:aws:cleanrooms-ml:eu-west-1:210987654321:audience-model/remote-model";
    const endpoint = await startLocalEndpoint({
      sigv4: { credentials: [TEST_CREDENTIALS], region: "eu-west-1" },
      audienceModels: [
        { audienceModelArn: arn, name: "remote-model", trainingDatasetArn: "arn:aws:cleanrooms-ml:eu-west-1:210987654321:training-dataset/d", statuses: ["CREATE_IN_PROGRESS", "ACTIVE"] },
      ],
    });
    try {
      const { code, stdout, stderr } = await runDemo(["--endpoint", endpoint.endpoint, "--region", "eu-west-1", "--arn", arn], {
        AWS_ACCESS_KEY_ID: TEST_CREDENTIALS.accessKeyId,
        AWS_SECRET_ACCESS_KEY: TEST_CREDENTIALS.secretAccessKey,
        AWS_SESSION_TOKEN: TEST_CREDENTIALS.sessionToken,
      });
      expect(stderr).not.toMatch(/demo failed/);
      expect(code).toBe(0);
      expect(stdout).toContain(`1. GetAudienceModel against ${endpoint.endpoint}\n`);
      expect(stdout).toMatch(/name\s+remote-model/);
      expect(stdout).toMatch(/waiter SUCCESS after .*status ACTIVE/);
      expect(stdout).toContain("ResourceNotFoundException (instanceof ResourceNotFoundException: true");
      // Every call reached the endpoint signed with the environment's keys for eu-west-1.
      expect(endpoint.served.map((s) => s.status)).toEqual([200, 200, 404]);
    } finally {
      await endpoint.close();
    }
  });

  it("refuses an incomplete remote setup with usage help and exit code 2, before any call", async () => {
    const { code, stderr, stdout } = await runDemo(["--endpoint", "http://127.0.0.1:9"]);
    expect(code).toBe(2);
    expect(stderr).toContain("--endpoint needs --region and --arn as well");
    expect(stderr).toContain("usage: npm run demo");
    expect(stdout).toBe("");
  });
});
