// A request handler that never touches the network: it answers every request with a fixed 200 JSON body, as a Node
// Readable (what a real transport hands the client) or as a Uint8Array. Used by the CPU-per-call sections.
import { createRequire } from "node:module";
import { Readable } from "node:stream";

const require = createRequire(import.meta.url);
const { HttpResponse } = require("@smithy/protocol-http");

export function inMemoryHandler(text, kind = "stream") {
  const bytes = new TextEncoder().encode(text);
  return {
    metadata: { handlerProtocol: "http/1.1" },
    handle: async () => ({
      response: new HttpResponse({
        statusCode: 200,
        headers: { "content-type": "application/json", "x-amzn-requestid": "bench-request" },
        // A fresh stream per call (a stream is read once); the same bytes are fine, since nothing writes to them.
        body: kind === "stream" ? Readable.from([Buffer.from(bytes)]) : bytes,
      }),
    }),
    updateHttpClientConfig() {},
    httpHandlerConfigs: () => ({}),
    destroy() {},
  };
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** CPU µs per call (user + system) of `n` sequential calls. */
export async function cpuPerCall(target, n) {
  const start = process.cpuUsage();
  for (let i = 0; i < n; i++) await target.call();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / n;
}

/**
 * Interleaved rounds over named targets in this process: one checked call and `warmup` calls each, then `rounds`
 * rounds of `calls` calls per target, the order rotated every round. Returns the median CPU µs per call per name, and
 * the rounds.
 */
export async function interleavedCpu(targets, { warmup, rounds, calls }) {
  for (const [name, t] of targets) {
    const out = await t.call();
    if (!t.check(out)) throw new Error(`${name}: unexpected output ${JSON.stringify(out)}`);
    for (let i = 0; i < warmup; i++) await t.call();
  }
  const samples = new Map(targets.map(([name]) => [name, []]));
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < targets.length; i++) {
      const [name, t] = targets[(i + r) % targets.length];
      samples.get(name).push(await cpuPerCall(t, calls));
    }
  }
  return Object.fromEntries([...samples].map(([name, xs]) => [name, { cpuUs: median(xs), roundsUs: xs.map((v) => Math.round(v * 10) / 10) }]));
}
