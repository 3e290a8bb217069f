// One target's per-call numbers, in a fresh process so JIT state and heap never leak between targets.
// Usage: node --expose-gc calls.mjs <bare|ours|aws|awsCache|before> <endpoint> <json options>
// Prints one JSON line: sequential latency, throughput at N in flight, RSS after M calls.
import { performance } from "node:perf_hooks";
import { TARGETS } from "./targets.mjs";

const [kind, endpoint, optsJson] = process.argv.slice(2);
const opts = JSON.parse(optsJson);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };

const rssBefore = process.memoryUsage().rss;
const target = TARGETS[kind](endpoint, { beforeDir: opts.beforeDir });

const first = await target.call();
if (!target.check(first)) throw new Error(`${kind}: unexpected response ${JSON.stringify(first)}`);

for (let i = 0; i < opts.warmup; i++) await target.call();

// Sequential: one call at a time; each round's mean per-call time, median across rounds.
const rounds = [];
for (let r = 0; r < opts.rounds; r++) {
  const t0 = performance.now();
  for (let i = 0; i < opts.perRound; i++) await target.call();
  rounds.push(((performance.now() - t0) * 1000) / opts.perRound);
}

// Throughput: keep `inFlight` calls outstanding until `total` have completed; median over rounds.
async function throughputRound() {
  let started = 0;
  const worker = async () => { while (started < opts.total) { started += 1; await target.call(); } };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: opts.inFlight }, worker));
  return opts.total / ((performance.now() - t0) / 1000);
}
const tput = [];
for (let r = 0; r < opts.tputRounds; r++) tput.push(await throughputRound());

// Memory: make the call count up to `rssCalls`, then read RSS with and without a forced full GC.
const done = 1 + opts.warmup + opts.rounds * opts.perRound + opts.tputRounds * opts.total;
for (let i = done; i < opts.rssCalls; i++) await target.call();
const rssAfter = process.memoryUsage().rss;
global.gc?.();
const mem = process.memoryUsage();
target.close();

process.stdout.write(`${JSON.stringify({
  kind,
  sequentialUs: median(rounds),
  sequentialRoundsUs: rounds.map((x) => Math.round(x * 10) / 10),
  throughputPerSec: median(tput),
  throughputRounds: tput.map(Math.round),
  calls: Math.max(done, opts.rssCalls),
  rssStartBytes: rssBefore,
  rssAfterCallsBytes: rssAfter,
  rssAfterGcBytes: mem.rss,
  heapUsedAfterGcBytes: mem.heapUsed,
})}\n`);
