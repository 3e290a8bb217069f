// The command line, run as users run it: the real bin as a child process on --port 0, its URL read from the
// start line. A client round trip with SigV4 verified, the control routes, throttling, logging, clean stops on
// SIGTERM and SIGINT, and a table of bad options and bad fixtures files that must exit 2 with nothing started.
import { startLocalEndpoint } from "@cleanroomsml-sdk/local-endpoint";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { builds } from "../support/builds";
import { TEST_CREDENTIALS, TEST_REGION } from "../support/credentials";
import { spawn } from "node:child_process";
import { BIN, FIXTURES, runCli, startCli, URL_IN_START_LINE, type RunningCli } from "./cli-process";

const sdk = builds[0][1]();
const VERSION: string = require("@cleanroomsml-sdk/local-endpoint/package.json").version;
const KEY = `${TEST_CREDENTIALS.accessKeyId}:${TEST_CREDENTIALS.secretAccessKey}`;
const SPRING = "arn:aws:cleanrooms-ml:us-east-1:123456789012:audience-model/spring-lookalikes";
const OTHER_ARN = "arn:aws:cleanrooms-ml:us-east-1:123456789012:audience-model/other";
const DATASET = "arn:aws:cleanrooms-ml:us-east-1:123456789012:training-dataset/d";

const running: RunningCli[] = [];
async function start(args: string[]): Promise<RunningCli> {
  const cli = await startCli(args);
  running.push(cli);
  return cli;
}
afterEach(async () => {
  await Promise.all(running.splice(0).map((c) => c.stop("SIGKILL")));
});

/** Polls until `probe` returns something truthy (10 s at most). */
async function waitFor<T>(probe: () => T | undefined | false | Promise<T | false>): Promise<T> {
  for (const deadline = Date.now() + 10_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 50))) {
    const value = await probe();
    if (value) return value;
  }
  throw new Error(`timed out waiting for ${probe}`);
}
const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

const clientFor = (url: string, credentials: { accessKeyId: string; secretAccessKey: string } = TEST_CREDENTIALS, extra = {}) =>
  new sdk.CleanRoomsMLClient({ region: TEST_REGION, credentials, endpoint: url, ...extra });

describe("cleanroomsml-local-endpoint (the bin)", () => {
  it("prints one start line with its URL, serves the fixtures file with SigV4 verified, and stops cleanly on SIGTERM", async () => {
    const cli = await start(["--port", "0", "--models", FIXTURES, "--sigv4", KEY, "--region", TEST_REGION]);
    expect(cli.startLine).toMatch(new RegExp(`^cleanroomsml-local-endpoint ${VERSION.replace(/\./g, "\\.")} listening on http://127\\.0\\.0\\.1:\\d+ \\(3 audience models; SigV4 verified, 1 key pair scoped to us-east-1\\)$`));

    const health = await fetch(`${cli.url}/_health`);
    expect(await health.json()).toEqual({ status: "ok", service: "cleanrooms-ml", version: VERSION, audienceModels: 3, pid: cli.child.pid });

    const client = clientFor(cli.url);
    const statuses: string[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await client.send(new sdk.GetAudienceModelCommand({ audienceModelArn: SPRING }))).status!);
    const last = await client.send(new sdk.GetAudienceModelCommand({ audienceModelArn: SPRING }));
    client.destroy();
    expect(statuses).toEqual(["CREATE_PENDING", "CREATE_IN_PROGRESS", "ACTIVE"]);
    expect(last.createTime).toEqual(new Date("2026-03-01T10:00:00.125Z"));
    expect(last.tags).toEqual({ team: "growth", "cost-center": "42" });

    const wrong = clientFor(cli.url, { ...TEST_CREDENTIALS, secretAccessKey: "wrong" });
    const err = await wrong.send(new sdk.GetAudienceModelCommand({ audienceModelArn: SPRING })).catch((e: unknown) => e);
    wrong.destroy();
    expect([(err as Error).name, (err as { $metadata: { httpStatusCode: number } }).$metadata.httpStatusCode]).toEqual(["InvalidSignatureException", 403]);

    const { code, signal, laterStdout } = await cli.stop("SIGTERM");
    expect([code, signal, laterStdout]).toEqual([0, null, ""]);
    expect(cli.stderr()).toMatch(/stopped \(SIGTERM\)\n$/);
    await expect(fetch(`${cli.url}/_health`)).rejects.toThrow();
  });

  it("stops cleanly on SIGINT (Ctrl-C) too", async () => {
    const cli = await start(["--port", "0"]);
    expect(await cli.stop("SIGINT")).toMatchObject({ code: 0, signal: null });
    expect(cli.stderr()).toMatch(/stopped \(SIGINT\)\n$/);
  });

  // npx runs the bin under `sh -c` and does not pass SIGTERM on, so a script that stops npx orphans the endpoint.
  // Here `sh` plays npx's part: the endpoint must notice its parent is gone and stop, unless told to outlive it.
  it.each([
    ["stops", [] as string[]],
    ["keeps running with --outlive-parent", ["--outlive-parent"]],
  ])("%s when the process that started it is killed", async (_what, extra) => {
    const shell = spawn("sh", ["-c", `"$0" --port 0 ${extra.join(" ")}; echo "sh ends after the endpoint"`, BIN], { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    shell.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    shell.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    const url = await waitFor(() => URL_IN_START_LINE.exec(stdout)?.[0]);
    const { pid } = await (await fetch(`${url}/_health`)).json();
    try {
      expect(pid).not.toBe(shell.pid);
      shell.kill("SIGKILL");
      if (extra.length === 0) {
        // The pipes stay open as long as the endpoint runs: its last words arrive, then the port closes.
        await waitFor(() => stderr.includes("stopped (the process that started it exited)"));
        await waitFor(() => fetch(`${url}/_health`).then(() => false, () => true));
      } else {
        await new Promise((r) => setTimeout(r, 1500));
        expect((await fetch(`${url}/_health`)).status).toBe(200);
        process.kill(pid, "SIGTERM");
        await waitFor(() => stderr.includes("stopped (SIGTERM)"));
      }
    } finally {
      if (isRunning(pid)) process.kill(pid, "SIGKILL");
    }
  });

  it("POST /_reset restarts the status scripts", async () => {
    const cli = await start(["--port", "0", "--models", FIXTURES]);
    const read = async () => (await (await fetch(`${cli.url}/audience-model/${encodeURIComponent(SPRING)}`)).json()).status;
    const before = [await read(), await read()];
    const reset = await fetch(`${cli.url}/_reset`, { method: "POST" });
    expect([reset.status, await reset.json()]).toEqual([200, { reset: true, audienceModels: 3 }]);
    expect([...before, await read()]).toEqual(["CREATE_PENDING", "CREATE_IN_PROGRESS", "CREATE_PENDING"]);
  });

  it("--throttle-every 2 answers every second call with 429, which the client retries", async () => {
    const cli = await start(["--port", "0", "--models", FIXTURES, "--throttle-every", "2"]);
    expect(cli.startLine).toContain("every 2nd call throttled");
    const client = clientFor(cli.url);
    const first = await client.send(new sdk.GetAudienceModelCommand({ audienceModelArn: SPRING }));
    const second = await client.send(new sdk.GetAudienceModelCommand({ audienceModelArn: SPRING }));
    client.destroy();
    expect([first.$metadata.attempts, second.$metadata.attempts]).toEqual([1, 2]);
    expect(cli.stderr()).toMatch(/GET \/audience-model\/\S+ -> 429 ThrottlingException \([0-9a-f-]{36}\)/);
  });

  it("logs one line per request on stderr, and none with --quiet", async () => {
    const loud = await start(["--port", "0"]);
    const quiet = await start(["--port", "0", "--quiet"]);
    for (const cli of [loud, quiet]) await (await fetch(`${cli.url}/no/such/route`)).arrayBuffer();
    await Promise.all([loud.stop(), quiet.stop()]);
    expect(loud.stderr()).toMatch(/^GET \/no\/such\/route -> 404 UnknownOperationException \([0-9a-f-]{36}\)\n/);
    expect(quiet.stderr()).toBe("cleanroomsml-local-endpoint: stopped (SIGTERM)\n");
  });

  it("--sigv4-denied names a key whose calls verify but answer AccessDeniedException", async () => {
    const cli = await start(["--port", "0", "--models", FIXTURES, "--sigv4", KEY, "--sigv4-denied", "AKIDNOPERMISSION:secret:with:colons"]);
    const denied = clientFor(cli.url, { accessKeyId: "AKIDNOPERMISSION", secretAccessKey: "secret:with:colons" });
    const err = await denied.send(new sdk.GetAudienceModelCommand({ audienceModelArn: SPRING })).catch((e: unknown) => e);
    denied.destroy();
    expect(err).toBeInstanceOf(sdk.AccessDeniedException);
  });

  it("listens on the --host it is given, and says so in the URL", async () => {
    const cli = await start(["--port", "0", "--host", "127.0.0.2"]);
    expect(cli.url).toMatch(/^http:\/\/127\.0\.0\.2:\d+$/);
    expect((await fetch(`${cli.url}/_health`)).status).toBe(200);
    expect(cli.stderr()).not.toContain("warning");
  });

  it("exits 1 with a clear message when the port is taken", async () => {
    const taken = await startLocalEndpoint({});
    try {
      const r = runCli(["--port", String(taken.port)]);
      expect([r.status, r.stdout]).toEqual([1, ""]);
      expect(r.stderr).toContain(`cannot listen on 127.0.0.1 port ${taken.port}: EADDRINUSE (the port is taken; --port 0 picks a free one)`);
    } finally {
      await taken.close();
    }
  });

  it("--help lists every option and exits 0; --version prints the package version", () => {
    const help = runCli(["--help"]);
    expect(help.status).toBe(0);
    for (const option of ["--port N", "--host H", "--models FILE", "--sigv4 AKID:SECRET", "--sigv4-denied", "--region R", "--throttle-every N", "--quiet", "--outlive-parent", "GET /_health", "POST /_reset"]) {
      expect(help.stdout).toContain(option);
    }
    expect(runCli(["--version"])).toEqual({ status: 0, stdout: `${VERSION}\n`, stderr: "" });
  });
});

// Each case: arguments, and what stderr must say. Fixture files are written to a scratch directory first.
const fixtureFiles: Record<string, string> = {
  "malformed.json": '[\n  {"audienceModelArn": "x",}\n]\n',
  "object.json": '{"audienceModels": []}',
  "unknown-key.json": JSON.stringify([{ audienceModelArn: OTHER_ARN, name: "o", trainingDatasetArn: DATASET, creationTime: "2026-03-01T10:00:00Z" }]),
  "bad-time.json": JSON.stringify([{ audienceModelArn: OTHER_ARN, name: "o", trainingDatasetArn: DATASET, createTime: "2026-03-01 10:00" }]),
  "bad-arn.json": JSON.stringify([{ audienceModelArn: "arn:aws:s3:::bucket/key/long-enough", name: "o", trainingDatasetArn: DATASET }]),
  "bad-status.json": JSON.stringify([{ audienceModelArn: OTHER_ARN, name: "o", trainingDatasetArn: DATASET, statuses: ["TRAINING"] }]),
  "twice.json": JSON.stringify([1, 2].map(() => ({ audienceModelArn: OTHER_ARN, name: "o", trainingDatasetArn: DATASET }))),
};
const BAD_INVOCATIONS: Array<[what: string, args: string[], message: RegExp]> = [
  ["an unknown option", ["--prot", "1"], /Unknown option '--prot'/],
  ["a positional argument", ["serve"], /Unexpected argument 'serve'/],
  ["--port without a value", ["--port"], /Option '--port <value>' argument missing/],
  ["a --port that is not a number", ["--port", "http"], /--port must be a whole number from 0 to 65535, not "http"/],
  ["a --port past 65535", ["--port", "65536"], /--port must be a whole number from 0 to 65535, not "65536"/],
  ["an empty --host", ["--host", " "], /--host must name an address/],
  ["a --sigv4 without a secret", ["--sigv4", "AKIDONLY"], /--sigv4 takes ACCESS_KEY_ID:SECRET_ACCESS_KEY, not "AKIDONLY"/],
  ["a --sigv4 without a key id", ["--sigv4", ":secret"], /--sigv4 takes ACCESS_KEY_ID:SECRET_ACCESS_KEY, not ":…"/],
  ["the same key twice", ["--sigv4", "AKID:a", "--sigv4-denied", "AKID:b"], /access key AKID is given twice/],
  ["--region without --sigv4", ["--region", "us-east-1"], /--region only matters with --sigv4/],
  ["a zero --throttle-every", ["--throttle-every", "0"], /--throttle-every must be a whole number from 1/],
  ["a --models file that does not exist", ["--models", "no-such-file.json"], /--models no-such-file\.json: cannot read it \(ENOENT\)/],
  ["a --models file that is not JSON", ["--models", "malformed.json"], /--models \S*malformed\.json is not valid JSON: .*position 29 \(line 2,? column 28\)/],
  ["a --models file holding an object, not an array", ["--models", "object.json"], /must hold a JSON array of audience models, not object/],
  ["a fixture with a key it does not know", ["--models", "unknown-key.json"], /unknown-key\.json: \[0\] has "creationTime", which a fixture does not know/],
  ["a fixture time that is not ISO-8601", ["--models", "bad-time.json"], /bad-time\.json: \[0\]\.createTime \("2026-03-01 10:00"\) is not an ISO-8601 date-time with a zone/],
  ["a fixture ARN outside the model's pattern", ["--models", "bad-arn.json"], /bad-arn\.json: \[0\]\.audienceModelArn .* must match the pattern/],
  ["a status the model does not define", ["--models", "bad-status.json"], /bad-status\.json: \[0\]\.statuses: "TRAINING" is not one of/],
  ["the same ARN twice", ["--models", "twice.json"], /twice\.json: audienceModels\[1\]: \S+ is listed twice/],
];

describe("cleanroomsml-local-endpoint refuses bad input: exit 2, a message naming the problem, nothing started", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "local-endpoint-cli-"));
    for (const [name, text] of Object.entries(fixtureFiles)) writeFileSync(join(dir, name), text);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(BAD_INVOCATIONS)("%s", (_what, args, message) => {
    const withPaths = args.map((a) => (a in fixtureFiles ? join(dir, a) : a));
    // --port 0 so that a run which wrongly starts cannot collide with anything; it would also print a URL.
    const r = runCli(withPaths.includes("--port") ? withPaths : [...withPaths, "--port", "0"]);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/^cleanroomsml-local-endpoint: /);
    expect([r.status, r.stdout]).toEqual([2, ""]);
  });
});
