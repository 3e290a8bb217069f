#!/usr/bin/env node
// `npm run bench:levers`: what each per-call default of our client (the callPath feature) saves, measured by turning
// it off one at a time, through public surfaces only, never by editing generated code:
//   cached middleware - `cacheMiddleware: false` (the client option; every call resolves its middleware in full)
//   fast config       - `client.config` pushed back into V8's dictionary mode (two properties added and deleted), the
//                       mode the stock resolvers leave it in; checked with %HasFastProperties
//   shared signer     - `client.config.signer` replaced by a provider doing what @aws-sdk/core's default one does:
//                       a new SignatureV4 per call, from a copy of the whole config
// All clients send through an in-memory handler (a 200 JSON body as a Node Readable; no sockets). One process, variants
// in interleaved rounds (order rotated each round), median CPU µs per call (process.cpuUsage, user + system). AWS's
// client (default and cacheMiddleware: true) and, with --before=<dir>, our client before the change run alongside.
//
// Usage: node --allow-natives-syntax bench/lib/levers.mjs [--rounds=21] [--calls=1000] [--warmup=2000] [--before=<dir>] [--json]
import { createRequire } from "node:module";
import { AUDIENCE_MODEL_BODY, COLLABORATION_BODY } from "./fixtures.mjs";
import { inMemoryHandler, interleavedCpu } from "./in-memory.mjs";
import { TARGETS } from "./targets.mjs";

const require = createRequire(import.meta.url);
const { SignatureV4 } = require("@smithy/signature-v4");

const arg = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1] ?? fallback;
const opts = { rounds: Number(arg("rounds", 21)), calls: Number(arg("calls", 1000)), warmup: Number(arg("warmup", 2000)) };
const beforeDir = arg("before", undefined);

let hasFastProperties;
try {
  hasFastProperties = new Function("o", "return %HasFastProperties(o)");
} catch {
  throw new Error("run with node --allow-natives-syntax (npm run bench:levers does)");
}

const OURS_ENDPOINT = "https://cleanrooms-ml.us-east-1.amazonaws.com";
const AWS_ENDPOINT = "https://cleanrooms.us-east-1.amazonaws.com";

/** @aws-sdk/core's default signer provider (resolveAwsSdkSigV4Config, no `signer` option), on this client's config. */
function stockSigner(config) {
  const sha256 = config.sha256;
  const uriEscapePath = config.signingEscapePath;
  return async (scheme) => {
    const authScheme = Object.assign({}, {
      name: "sigv4",
      signingName: config.signingName || config.defaultSigningName,
      signingRegion: await config.region(),
      properties: {},
    }, scheme);
    config.signingRegion = config.signingRegion || authScheme.signingRegion;
    config.signingName = config.signingName || authScheme.signingName || config.serviceId;
    return new SignatureV4({ ...config, credentials: config.credentials, region: config.signingRegion, service: config.signingName, sha256, uriEscapePath });
  };
}

function ours(off) {
  const target = TARGETS.ours(OURS_ENDPOINT, {
    config: { requestHandler: inMemoryHandler(AUDIENCE_MODEL_BODY), ...(off.includes("cache") ? { cacheMiddleware: false } : {}) },
  });
  const config = target.client.config;
  if (off.includes("signer")) config.signer = stockSigner(config);
  if (off.includes("config")) {
    // Deleting a property that is not the last one added sends an object to dictionary mode; both go again.
    config.benchDictionaryModeA = true;
    config.benchDictionaryModeB = true;
    delete config.benchDictionaryModeA;
    delete config.benchDictionaryModeB;
  }
  if (hasFastProperties(config) === off.includes("config")) throw new Error(`client.config is not in the mode this variant needs (${off})`);
  return target;
}

const variants = [
  ["ours: all levers (as shipped)", () => ours([])],
  ["ours: cached middleware off", () => ours(["cache"])],
  ["ours: fast config off", () => ours(["config"])],
  ["ours: shared signer off", () => ours(["signer"])],
  ["ours: all three off", () => ours(["cache", "config", "signer"])],
  ...(beforeDir ? [["ours before (--before)", () => TARGETS.before(OURS_ENDPOINT, { beforeDir, config: { requestHandler: inMemoryHandler(AUDIENCE_MODEL_BODY) } })]] : []),
  ["AWS default", () => TARGETS.aws(AWS_ENDPOINT, { config: { requestHandler: inMemoryHandler(COLLABORATION_BODY) } })],
  ["AWS cacheMiddleware: true", () => TARGETS.awsCache(AWS_ENDPOINT, { config: { requestHandler: inMemoryHandler(COLLABORATION_BODY) } })],
];

const results = await interleavedCpu(variants.map(([name, make]) => [name, make()]), opts);
const shipped = results["ours: all levers (as shipped)"].cpuUs;
const aws = results["AWS default"].cpuUs;
console.log(`CPU µs per call over an in-memory handler, median of ${opts.rounds} rounds × ${opts.calls} calls, variants interleaved`);
console.log(`${"variant".padEnd(34)} ${"µs/call".padStart(8)} ${"lever saves".padStart(12)} ${"/ AWS default".padStart(14)}`);
for (const [name] of variants) {
  const m = results[name].cpuUs;
  const saves = name.startsWith("ours:") && m !== shipped ? (m - shipped).toFixed(1) : "";
  console.log(`${name.padEnd(34)} ${m.toFixed(1).padStart(8)} ${saves.padStart(12)} ${(m / aws).toFixed(2).padStart(13)}×`);
}
if (process.argv.includes("--json")) console.log(JSON.stringify(results));
