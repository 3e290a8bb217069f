// CPU per call over an in-memory handler (no sockets): what each client's own stack costs. One process, targets in
// interleaved rounds (order rotated each round), medians. Prints one JSON line.
// Usage: node cpu.mjs <json options: { warmup, rounds, calls, kinds, beforeDir }>
import { AUDIENCE_MODEL_BODY, COLLABORATION_BODY } from "./fixtures.mjs";
import { inMemoryHandler, interleavedCpu } from "./in-memory.mjs";
import { TARGETS } from "./targets.mjs";

const opts = JSON.parse(process.argv[2]);
const ENDPOINT = { ours: "https://cleanrooms-ml.us-east-1.amazonaws.com", aws: "https://cleanrooms.us-east-1.amazonaws.com" };
const targets = opts.kinds.map((kind) => {
  const ours = kind === "ours" || kind === "before";
  const requestHandler = inMemoryHandler(ours ? AUDIENCE_MODEL_BODY : COLLABORATION_BODY);
  return [kind, TARGETS[kind](ours ? ENDPOINT.ours : ENDPOINT.aws, { config: { requestHandler }, beforeDir: opts.beforeDir })];
});
process.stdout.write(`${JSON.stringify(await interleavedCpu(targets, opts))}\n`);
