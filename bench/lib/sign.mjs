// The cost of one SigV4 signature alone (@smithy/signature-v4 with Node's sha256, as both clients use it),
// over a request shaped like GetAudienceModel's. The signer caches the derived signing key per day/region/
// service, as it does inside a client, so this is the steady-state per-request floor of a signed client.
// Usage: node sign.mjs <json options>  -> one JSON line
import { createRequire } from "node:module";
import { performance } from "node:perf_hooks";
import { AUDIENCE_MODEL_ARN, CREDENTIALS, REGION } from "./fixtures.mjs";

const require = createRequire(import.meta.url);
const { SignatureV4 } = require("@smithy/signature-v4");
const { HttpRequest } = require("@smithy/protocol-http");
const { Hash } = require("@smithy/hash-node");

const opts = JSON.parse(process.argv[2]);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };

const signer = new SignatureV4({
  credentials: CREDENTIALS, region: REGION, service: "cleanrooms-ml", sha256: Hash.bind(null, "sha256"),
});
const request = () => new HttpRequest({
  protocol: "http:", hostname: "127.0.0.1", port: 8080, method: "GET",
  path: `/audience-model/${encodeURIComponent(AUDIENCE_MODEL_ARN)}`,
  headers: {
    host: "127.0.0.1:8080",
    "user-agent": "aws-sdk-js/0.1.0 ua/2.1 os/linux lang/js md/nodejs#20",
    "x-amz-user-agent": "aws-sdk-js/0.1.0",
    "amz-sdk-invocation-id": "3f0f6c8e-1f5e-4a52-8d7b-2c1d0b5e9a11",
    "amz-sdk-request": "attempt=1; max=3",
  },
});

const signed = await signer.sign(request());
if (!/^AWS4-HMAC-SHA256 Credential=/.test(signed.headers.authorization)) throw new Error("signing produced no SigV4 header");
for (let i = 0; i < opts.warmup; i++) await signer.sign(request());
const rounds = [];
for (let r = 0; r < opts.rounds; r++) {
  const t0 = performance.now();
  for (let i = 0; i < opts.perRound; i++) await signer.sign(request());
  rounds.push(((performance.now() - t0) * 1000) / opts.perRound);
}
process.stdout.write(`${JSON.stringify({ signUs: median(rounds), roundsUs: rounds.map((x) => Math.round(x * 10) / 10) })}\n`);
