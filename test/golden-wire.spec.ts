// The request the client puts on the wire, byte for byte, for a fixed clock and fixed credentials: method, URL, every
// header in the order the transport receives them (the SigV4 signature included) and the body. The expected requests in
// fixtures/golden-wire.json were recorded from the client as it was before the per-call work of issue 11 (cached
// middleware, fast config, one signer per client); every later build must send exactly the same bytes. Runs on both
// builds, through a capturing request handler (nothing leaves the process).
//
// To re-record after a change that is meant to alter the wire request: GOLDEN_WIRE_RECORD=1 npx jest test/golden-wire
import { HttpResponse, type HttpRequest } from "@smithy/protocol-http";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { builds } from "./support/builds";
import { TEST_CREDENTIALS, TEST_REGION } from "./support/credentials";

const FIXTURE = join(__dirname, "fixtures", "golden-wire.json");
const RECORD = process.env.GOLDEN_WIRE_RECORD === "1";

const ARN_A = "arn:aws:cleanrooms-ml:us-east-1:123456789012:audience-model/golden-a";
const ARN_B = "arn:aws:cleanrooms-ml:us-east-1:123456789012:training-dataset/td-1/audience-model/golden b+é";
// 2026-03-01T10:00:00Z, then the next day (a new SigV4 scope and signing key).
const T0 = Date.UTC(2026, 2, 1, 10, 0, 0);
const DAY = 86_400_000;
// The user agent names the OS and Node version; a fixed provider keeps the recording the same on every machine. The
// user agent headers are not signed, so this changes nothing else.
const FIXED_USER_AGENT = async () => [["aws-sdk-js", "3.0.0"], ["ua", "2.1"], ["os", "golden"], ["lang", "js"], ["md/nodejs", "0"]] as [string, string][];

const BODY = JSON.stringify({
  audienceModelArn: ARN_A,
  name: "golden",
  status: "ACTIVE",
  createTime: "2026-03-01T10:00:00Z",
  updateTime: "2026-03-01T10:00:00Z",
  trainingDatasetArn: "arn:aws:cleanrooms-ml:us-east-1:123456789012:training-dataset/td-1",
});

interface WireRequest {
  method: string;
  url: string;
  headers: Array<[string, string]>;
  body: string | null;
}

/** A request handler that records each request as it would be written and answers a fixed 200. */
function capturingHandler(log: WireRequest[]) {
  return {
    metadata: { handlerProtocol: "http/1.1" },
    async handle(request: HttpRequest) {
      const query = Object.entries(request.query ?? {}).map(([k, v]) => `${k}=${String(v)}`).join("&");
      log.push({
        method: request.method,
        url: `${request.protocol}//${request.hostname}${request.port ? `:${request.port}` : ""}${request.path}${query ? `?${query}` : ""}`,
        headers: Object.entries(request.headers).map(([k, v]) => [k, String(v)]),
        body: request.body == null ? null : String(request.body),
      });
      return { response: new HttpResponse({ statusCode: 200, headers: { "content-type": "application/json" }, body: new TextEncoder().encode(BODY) }) };
    },
    updateHttpClientConfig() {},
    httpHandlerConfigs: () => ({}),
    destroy() {},
  };
}


type Sdk = ReturnType<(typeof builds)[number][1]>;

/** Every scenario: a name and the calls it makes, returning what went on the wire. */
const SCENARIOS: Record<string, (sdk: Sdk, now: { ms: number }) => Promise<WireRequest[]>> = {
  // Two calls on one client, one with an input that needs percent-encoding, then a call the next day.
  async "static credentials, three calls over two days"(sdk, now) {
    const log: WireRequest[] = [];
    const client = new sdk.CleanRoomsMLClient({
      region: TEST_REGION, credentials: TEST_CREDENTIALS, requestHandler: capturingHandler(log), defaultUserAgentProvider: FIXED_USER_AGENT,
    });
    await client.send(new sdk.GetAudienceModelCommand({ audienceModelArn: ARN_A }));
    now.ms += 1_000;
    await client.send(new sdk.GetAudienceModelCommand({ audienceModelArn: ARN_B }));
    now.ms += DAY;
    await client.send(new sdk.GetAudienceModelCommand({ audienceModelArn: ARN_A }));
    return log;
  },
  // A provider that hands out a new key on every call (each identity expires at once, so the client asks again).
  async "rotating credentials provider"(sdk, now) {
    const log: WireRequest[] = [];
    let n = 0;
    const client = new sdk.CleanRoomsMLClient({
      region: TEST_REGION,
      credentials: async () => {
        n += 1;
        return { accessKeyId: `AKIDROTATING${n}`, secretAccessKey: `rotating-secret-${n}`, sessionToken: `rotating-token-${n}`, expiration: new Date(now.ms) };
      },
      requestHandler: capturingHandler(log),
      defaultUserAgentProvider: FIXED_USER_AGENT,
    });
    for (let i = 0; i < 3; i++) {
      await client.send(new sdk.GetAudienceModelCommand({ audienceModelArn: ARN_A }));
      now.ms += 1_000;
    }
    return log;
  },
  // Credentials replaced on the client's config between calls.
  async "credentials replaced on client.config"(sdk) {
    const log: WireRequest[] = [];
    const client = new sdk.CleanRoomsMLClient({
      region: TEST_REGION, credentials: TEST_CREDENTIALS, requestHandler: capturingHandler(log), defaultUserAgentProvider: FIXED_USER_AGENT,
    });
    await client.send(new sdk.GetAudienceModelCommand({ audienceModelArn: ARN_A }));
    client.config.credentials = { accessKeyId: "AKIDREPLACED", secretAccessKey: "replaced-secret" } as never;
    await client.send(new sdk.GetAudienceModelCommand({ audienceModelArn: ARN_A }));
    return log;
  },
  // A corrected clock offset (systemClockOffset) and another region.
  async "clock offset and another region"(sdk) {
    const log: WireRequest[] = [];
    const client = new sdk.CleanRoomsMLClient({
      region: "eu-west-2", credentials: TEST_CREDENTIALS, systemClockOffset: -90_000, requestHandler: capturingHandler(log),
      defaultUserAgentProvider: FIXED_USER_AGENT,
    });
    await client.send(new sdk.GetAudienceModelCommand({ audienceModelArn: ARN_A }));
    return log;
  },
};

async function runAll(sdk: Sdk): Promise<Record<string, WireRequest[]>> {
  const out: Record<string, WireRequest[]> = {};
  let uuids = 0;
  for (const [name, scenario] of Object.entries(SCENARIOS)) {
    const now = { ms: T0 };
    const clock = jest.spyOn(Date, "now").mockImplementation(() => now.ms);
    // The invocation id (a signed header) is a random UUID per call; a fixed sequence makes the signature repeatable.
    const uuid = jest.spyOn(globalThis.crypto, "randomUUID").mockImplementation(() => {
      uuids += 1;
      return `00000000-0000-4000-8000-${String(uuids).padStart(12, "0")}` as ReturnType<typeof crypto.randomUUID>;
    });
    try {
      out[name] = await scenario(sdk, now);
    } finally {
      clock.mockRestore();
      uuid.mockRestore();
    }
  }
  return out;
}

describe.each(builds)("golden wire requests (%s)", (name, load) => {
  const sdk = load();

  it("sends byte for byte the requests recorded in fixtures/golden-wire.json", async () => {
    const actual = await runAll(sdk);
    if (RECORD && name === "dist-cjs") {
      writeFileSync(FIXTURE, `${JSON.stringify(actual, null, 2)}\n`);
    }
    if (!existsSync(FIXTURE)) throw new Error(`${FIXTURE} is missing: record it with GOLDEN_WIRE_RECORD=1`);
    const expected = JSON.parse(readFileSync(FIXTURE, "utf8")) as Record<string, WireRequest[]>;
    expect(Object.keys(expected)).toEqual(Object.keys(SCENARIOS));
    // Compared as serialised text, so header order and every byte count, not just deep equality.
    for (const scenario of Object.keys(SCENARIOS)) {
      expect(JSON.stringify(actual[scenario], null, 2)).toBe(JSON.stringify(expected[scenario], null, 2));
    }
  });

  it("the recording is not vacuous: every request is signed, and each new key or day gives a new signature", () => {
    const expected = JSON.parse(readFileSync(FIXTURE, "utf8")) as Record<string, WireRequest[]>;
    const auth = (r: WireRequest) => r.headers.find(([k]) => k === "authorization")?.[1] ?? "";
    const all = Object.values(expected).flat();
    expect(all.length).toBe(9);
    for (const r of all) expect(auth(r)).toMatch(/^AWS4-HMAC-SHA256 Credential=AKID\w+\/\d{8}\/[a-z0-9-]+\/cleanrooms-ml\/aws4_request, SignedHeaders=[a-z0-9;-]+, Signature=[0-9a-f]{64}$/);
    // Each call of the rotating provider's client is signed with a key the provider handed out later than the last one.
    const rotating = expected["rotating credentials provider"].map((r) => Number(/Credential=AKIDROTATING(\d+)\//.exec(auth(r))?.[1]));
    expect(rotating).toHaveLength(3);
    expect(rotating[0]).toBeLessThan(rotating[1]);
    expect(rotating[1]).toBeLessThan(rotating[2]);
    expect(new Set(all.map(auth)).size).toBe(all.length);
    const replaced = expected["credentials replaced on client.config"].map(auth);
    expect(replaced[1]).toContain("Credential=AKIDREPLACED/");
  });
});
