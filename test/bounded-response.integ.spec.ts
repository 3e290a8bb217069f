// The endless-body fault vector asserts that the process's RSS stays within +64 MiB while a 200 body that never ends
// arrives (test/vectors/transport-faults.ts). This shows that assertion can fail: the same server and the same RSS
// sampling, with the size limit turned off, see the process grow past that bound within seconds, as it did before the
// limit existed; with default settings the call is refused within the bound.
import { NodeHttpHandler } from "@smithy/node-http-handler";
import { ConfiguredRetryStrategy } from "@smithy/util-retry";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { TEST_CREDENTIALS, TEST_REGION } from "./support/credentials";
import { audienceModelArn, minimalAudienceModel } from "./support/fixtures";
import { TRANSPORT_FAULTS } from "./support/transport-faults";

const sdk = require("@cleanroomsml-sdk/client-cleanroomsml") as typeof import("@cleanroomsml-sdk/client-cleanroomsml");
const ARN = audienceModelArn("endless");
const BOUND = 64 * 1024 * 1024;

let server: Server;
let endpoint: string;
beforeAll(async () => {
  server = createServer((req, res) => {
    req.resume();
    req.on("end", () => void TRANSPORT_FAULTS["endless-body"]({ req, res, params: { base: minimalAudienceModel(ARN, "endless") }, corsHeaders: {} }));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

/** Sends one call; aborts it once RSS has grown past `abortAbove` (if given); reports the outcome and the peak growth. */
async function endlessCall(options: { maxResponseBytes?: false }, abortAbove?: number) {
  const client = new sdk.CleanRoomsMLClient({
    region: TEST_REGION,
    endpoint,
    credentials: TEST_CREDENTIALS,
    requestHandler: new NodeHttpHandler(),
    retryStrategy: new ConfiguredRetryStrategy(1, 1),
    ...options,
  });
  global.gc?.();
  const start = process.memoryUsage.rss();
  let peak = start;
  const abort = new AbortController();
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
    if (abortAbove !== undefined && peak - start > abortAbove) abort.abort();
  }, 5);
  const started = Date.now();
  try {
    await client.send(new sdk.GetAudienceModelCommand({ audienceModelArn: ARN }), { abortSignal: abort.signal });
    return { error: undefined as any, growth: peak - start, elapsed: Date.now() - started };
  } catch (error: any) {
    return { error, growth: Math.max(peak, process.memoryUsage.rss()) - start, elapsed: Date.now() - started };
  } finally {
    clearInterval(sampler);
    client.destroy();
  }
}

describe("endless 200 body: the RSS bound is real", () => {
  it("with the size limit off, the same body grows the process past +64 MiB (the call is then aborted)", async () => {
    const { error, growth, elapsed } = await endlessCall({ maxResponseBytes: false }, BOUND);
    console.log(`endless body, maxResponseBytes false: RSS +${(growth / 2 ** 20).toFixed(1)} MiB after ${elapsed} ms, then aborted`);
    expect(error?.name).toBe("AbortError");
    expect(growth).toBeGreaterThan(BOUND);
    expect(elapsed).toBeLessThan(20_000);
  });

  it("with default settings, it is refused at the limit within 2 s and RSS stays within +64 MiB", async () => {
    const { error, growth, elapsed } = await endlessCall({});
    console.log(`endless body, default limit: ${error?.name} after ${elapsed} ms (${error?.receivedBytes} bytes read), RSS +${(growth / 2 ** 20).toFixed(1)} MiB`);
    expect(error).toBeInstanceOf(sdk.ResponseTooLargeError);
    expect(error.maxResponseBytes).toBe(sdk.GetAudienceModelMaxResponseBytes);
    expect(growth).toBeLessThanOrEqual(BOUND);
    expect(elapsed).toBeLessThan(2_000);
  });
});
