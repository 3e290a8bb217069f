// The defaults of the limits and deadlines are what README.md says they are, on both builds: the client options a
// client gets without any, the exported constants, the figures of the computed size limit, and that a client with
// default settings adds no middleware for callTimeout while its request handler is wrapped.
import { NodeHttpHandler } from "@smithy/node-http-handler";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { builds } from "./support/builds";
import { TEST_CREDENTIALS, TEST_REGION } from "./support/credentials";

const ROOT = join(__dirname, "..");
const README = readFileSync(join(ROOT, "README.md"), "utf8");
const LIMITS_SOURCE = readFileSync(join(ROOT, "packages", "client-cleanroomsml", "src", "unparseableResponse", "responseSizeLimits.ts"), "utf8");

/** The cells of the README's "Timeouts and limits" table row for an option. */
function readmeRow(option: string): string[] {
  const line = README.split("\n").find((l) => l.startsWith(`| \`${option}\` |`));
  if (!line) throw new Error(`README.md has no timeouts-and-limits row for ${option}`);
  return line.split("|").slice(1, -1).map((c) => c.trim());
}
const grouped = (n: number) => n.toLocaleString("en-US");

describe.each(builds)("limits and deadlines: defaults (%s)", (_name, load) => {
  const sdk = load();
  const client = new sdk.CleanRoomsMLClient({ region: TEST_REGION, credentials: TEST_CREDENTIALS, endpoint: "http://127.0.0.1:9" });
  afterAll(() => client.destroy());

  it("headersTimeout and bodyTimeout are 60 s, callTimeout is off, and README says so", () => {
    const config = client.config as unknown as Record<string, unknown>;
    expect({ headersTimeout: config.headersTimeout, bodyTimeout: config.bodyTimeout, callTimeout: config.callTimeout })
      .toEqual({ headersTimeout: 60_000, bodyTimeout: 60_000, callTimeout: false });
    expect({ headers: sdk.DEFAULT_HEADERS_TIMEOUT_MS, body: sdk.DEFAULT_BODY_TIMEOUT_MS }).toEqual({ headers: 60_000, body: 60_000 });
    expect(readmeRow("headersTimeout")[1]).toBe("60 s");
    expect(readmeRow("bodyTimeout")[1]).toBe("60 s");
    expect(readmeRow("callTimeout")[1]).toBe("off");
  });

  it("maxResponseBytes is each operation's computed limit, the figure README gives", () => {
    expect((client.config as unknown as Record<string, unknown>).maxResponseBytes).toBeUndefined();
    expect(sdk.MaxResponseBytesByOperation).toEqual({ GetAudienceModel: sdk.GetAudienceModelMaxResponseBytes });
    expect(readmeRow("maxResponseBytes")[1]).toContain(`GetAudienceModel ${grouped(sdk.GetAudienceModelMaxResponseBytes)} bytes`);
    // The bound it was computed from, as the generated doc comment states it, and README's account of it.
    const bound = Number(/allows is (\d+) bytes/.exec(LIMITS_SOURCE)?.[1]);
    expect(bound).toBeGreaterThan(0);
    expect(README).toContain(`The largest GetAudienceModel body comes to ${grouped(bound)} bytes`);
    expect(README).toContain(`1 MiB: ${grouped(sdk.GetAudienceModelMaxResponseBytes)} bytes.`);
    // Twice the bound, rounded up to a multiple of 64 KiB, at least 1 MiB.
    expect(sdk.GetAudienceModelMaxResponseBytes).toBe(Math.max(2 ** 20, Math.ceil((2 * bound) / 65536) * 65536));
  });

  it("wraps the request handler once and adds no callTimeout middleware unless asked", () => {
    expect(client.config.requestHandler).toBeInstanceOf(NodeHttpHandler);
    expect(client.middlewareStack.identify().filter((n) => n.includes("callDeadline") || n.includes("callAttempt"))).toEqual([]);
    const timed = new sdk.CleanRoomsMLClient({ region: TEST_REGION, credentials: TEST_CREDENTIALS, callTimeout: 5_000 });
    expect(timed.middlewareStack.identify()).toEqual(expect.arrayContaining(["callDeadlineMiddleware - initialize", "callAttemptMiddleware - deserialize"]));
    timed.destroy();
  });

  it("refuses a bad value when the client is built", () => {
    expect(() => new sdk.CleanRoomsMLClient({ region: TEST_REGION, headersTimeout: 0 })).toThrow(/^headersTimeout must be a positive number of milliseconds/);
    expect(() => new sdk.CleanRoomsMLClient({ region: TEST_REGION, maxResponseBytes: -1 })).toThrow(/^maxResponseBytes must be a positive number of bytes/);
    expect(() => new sdk.CleanRoomsMLClient({ region: TEST_REGION, bodyTimeout: "1s" as any })).toThrow(TypeError);
  });
});
