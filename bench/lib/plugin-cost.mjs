#!/usr/bin/env node
// `npm run bench:plugins`: what each of our own runtime plugins costs per call, without sockets.
//
// Every client here sends through an in-memory request handler that answers a fixed 200 JSON body (as a Node
// Readable, as a real transport would, or as a Uint8Array), so what is left is the client stack's own CPU. Our client is
// measured with all plugins on (as shipped) and with each of them neutralised through public surfaces only, never by
// editing generated code:
//   validation  - its middleware removed by name from the stack each send resolves (`inputValidation: false` keeps a
//                 middleware: it still refuses a missing or empty HTTP label)
//   unparseable - both middlewares removed by name from the stack each send resolves
//   retryOutcome - `config.retryStrategy` swapped back to a provider of a plain StandardRetryStrategy
// AWS's client (GetCollaboration) runs over the same kind of handler. Variants run in interleaved rounds in one
// process, so drift and noise spread over all of them; the figure is the median over rounds of CPU µs per call
// (process.cpuUsage, user + system).
//
// Usage: node bench/lib/plugin-cost.mjs [--rounds=15] [--calls=1000] [--body=stream|bytes|both] [--only=<text>] [--json]
import { createRequire } from "node:module";
import { AUDIENCE_MODEL_ARN, AUDIENCE_MODEL_BODY, COLLABORATION_BODY, COLLABORATION_ID, CREDENTIALS, REGION } from "./fixtures.mjs";
import { cpuPerCall as batch, inMemoryHandler, median } from "./in-memory.mjs";

const require = createRequire(import.meta.url);
const { StandardRetryStrategy } = require("@smithy/util-retry");
const ours = require("@cleanroomsml-sdk/client-cleanroomsml");
const aws = require("@aws-sdk/client-cleanrooms");

const arg = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1] ?? fallback;
const rounds = Number(arg("rounds", 15));
const calls = Number(arg("calls", 1000));
const bodies = arg("body", "both") === "both" ? ["stream", "bytes"] : [arg("body")];

const UNPARSEABLE = ["unparseableResponseMiddleware", "unparseableResponseBufferMiddleware"];

// Our client with the named plugins neutralised. Every variant gets the same `concat` hook (removing no name when
// nothing is neutralised), so the hook's own cost is the same in all of them.
// For telling the stack's per-layer cost from a plugin's own code: two middlewares that only pass the call on,
// placed where the unparseable-response plugin puts its two (relative to the deserializer), or in the same order as
// absolute deserialize-step entries. They are added to each command's own stack, so since the client caches the
// middleware per command class (callPath) these variants measure a call that has to be resolved in full.
const passThrough = (next) => (args) => next(args);
const emptyLayers = {
  relative: (stack) => {
    stack.addRelativeTo(passThrough, { relation: "before", toMiddleware: "deserializerMiddleware", name: "benchEmptyOuter", override: true });
    stack.addRelativeTo(passThrough, { relation: "after", toMiddleware: "deserializerMiddleware", name: "benchEmptyInner", override: true });
  },
  absolute: (stack) => {
    stack.add(passThrough, { step: "deserialize", priority: "high", name: "benchEmptyOuter", override: true });
    stack.add(passThrough, { step: "deserialize", priority: "low", name: "benchEmptyInner", override: true });
  },
};

function oursVariant(kind, off, layers) {
  const client = new ours.CleanRoomsMLClient({
    region: REGION,
    credentials: CREDENTIALS,
    endpoint: "https://cleanrooms-ml.us-east-1.amazonaws.com",
    requestHandler: inMemoryHandler(AUDIENCE_MODEL_BODY, kind),
  });
  if (off.includes("retryOutcome")) {
    const raw = Promise.resolve(new StandardRetryStrategy(3));
    client.config.retryStrategy = () => raw;
  }
  const removed = [...(off.includes("unparseable") ? UNPARSEABLE : []), ...(off.includes("validation") ? ["inputValidationMiddleware"] : [])];
  if (removed.length === 0) removed.push("benchNoSuchMiddleware");
  const stack = client.middlewareStack;
  const concat = stack.concat.bind(stack);
  stack.concat = (from) => {
    const merged = concat(from);
    for (const name of removed) merged.remove(name);
    return merged;
  };
  const input = { audienceModelArn: AUDIENCE_MODEL_ARN };
  const command = layers
    ? () => { const c = new ours.GetAudienceModelCommand(input); emptyLayers[layers](c.middlewareStack); return c; }
    : () => new ours.GetAudienceModelCommand(input);
  return {
    call: () => client.send(command()),
    check: (out) => out.status === "ACTIVE" && out.createTime instanceof Date,
  };
}

function awsVariant(kind) {
  const client = new aws.CleanRoomsClient({
    region: REGION,
    credentials: CREDENTIALS,
    endpoint: "https://cleanrooms.us-east-1.amazonaws.com",
    requestHandler: inMemoryHandler(COLLABORATION_BODY, kind),
  });
  // The same concat hook as ours, removing nothing, so both stacks pay for it.
  const stack = client.middlewareStack;
  const concat = stack.concat.bind(stack);
  stack.concat = (from) => {
    const merged = concat(from);
    merged.remove("benchNoSuchMiddleware");
    return merged;
  };
  const input = { collaborationIdentifier: COLLABORATION_ID };
  return {
    call: () => client.send(new aws.GetCollaborationCommand(input)),
    check: (out) => out.collaboration?.memberStatus === "ACTIVE" && out.collaboration.createTime instanceof Date,
  };
}

const VARIANTS = {
  "ours: all plugins (as shipped)": (k) => oursVariant(k, []),
  "ours: input validation off": (k) => oursVariant(k, ["validation"]),
  "ours: unparseable-response off": (k) => oursVariant(k, ["unparseable"]),
  "ours: retry-outcome off": (k) => oursVariant(k, ["retryOutcome"]),
  "ours: all three off": (k) => oursVariant(k, ["validation", "unparseable", "retryOutcome"]),
  "ours: unparseable off, 2 empty relative layers": (k) => oursVariant(k, ["unparseable"], "relative"),
  "ours: unparseable off, 2 empty absolute layers": (k) => oursVariant(k, ["unparseable"], "absolute"),
  "aws: GetCollaboration": (k) => awsVariant(k),
};

// `--only=<text>[,<text>...]` keeps the variants whose name contains one of them: a pair measured alone is steadier,
// and a single variant is what to run under `node --cpu-prof`.
const only = arg("only", "").split(",");
const results = {};
for (const kind of bodies) {
  const targets = Object.entries(VARIANTS)
    .filter(([name]) => only.some((o) => name.includes(o)))
    .map(([name, make]) => [name, make(kind)]);
  for (const [name, t] of targets) {
    const out = await t.call();
    if (!t.check(out)) throw new Error(`${name} (${kind}): unexpected output ${JSON.stringify(out)}`);
    for (let i = 0; i < calls; i++) await t.call(); // warm-up: JIT and lazily resolved config
  }
  const samples = new Map(targets.map(([name]) => [name, []]));
  for (let r = 0; r < rounds; r++) {
    // Rotate the order each round so no variant always runs right after the same one.
    for (let i = 0; i < targets.length; i++) {
      const [name, t] = targets[(i + r) % targets.length];
      samples.get(name).push(await batch(t, calls));
    }
  }
  const all = median(samples.get("ours: all plugins (as shipped)") ?? [NaN]);
  const awsMedian = median(samples.get("aws: GetCollaboration") ?? [NaN]);
  console.log(`\nbody as ${kind === "stream" ? "Node Readable" : "Uint8Array"}: CPU µs per call, median of ${rounds} rounds × ${calls} calls`);
  console.log(`${"variant".padEnd(48)} ${"µs/call".padStart(8)} ${"saved vs all".padStart(13)} ${"/ AWS".padStart(7)}`);
  results[kind] = {};
  for (const [name, xs] of samples) {
    const m = median(xs);
    results[kind][name] = Number(m.toFixed(1));
    const saved = name.startsWith("ours") && name !== "ours: all plugins (as shipped)" ? (all - m).toFixed(1) : "";
    console.log(`${name.padEnd(48)} ${m.toFixed(1).padStart(8)} ${saved.padStart(13)} ${(m / awsMedian).toFixed(2).padStart(6)}×`);
  }
}
if (process.argv.includes("--json")) console.log(JSON.stringify(results));
