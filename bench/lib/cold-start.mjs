// Cold start: wall time of fresh `node` processes that load a client, against a bare `node -e 0`.
// Runs are interleaved (bare, ours, aws, bare, ...) so machine drift hits every variant alike.
import { spawnSync } from "node:child_process";
import { performance } from "node:perf_hooks";

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };

// Each variant is the `-e` script of one fresh process, run from the repo root so package names resolve.
export function coldStartVariants() {
  return {
    bare: { args: ["-e", "0"] },
    "ours.require": { args: ["-e", "require('@cleanroomsml-sdk/client-cleanroomsml')"] },
    "aws.require": { args: ["-e", "require('@aws-sdk/client-cleanrooms')"] },
    "ours.import": { args: ["--input-type=module", "-e", "await import('@cleanroomsml-sdk/client-cleanroomsml')"] },
    "aws.import": { args: ["--input-type=module", "-e", "await import('@aws-sdk/client-cleanrooms')"] },
    // Loading plus constructing a client with static credentials: what a Lambda handler pays before its first call.
    "ours.client": { args: ["-e", "const m=require('@cleanroomsml-sdk/client-cleanroomsml');new m.CleanRoomsMLClient({region:'us-east-1',credentials:{accessKeyId:'a',secretAccessKey:'b'}})"] },
    "aws.client": { args: ["-e", "const m=require('@aws-sdk/client-cleanrooms');new m.CleanRoomsClient({region:'us-east-1',credentials:{accessKeyId:'a',secretAccessKey:'b'}})"] },
  };
}

export function measureColdStart({ cwd, runs }) {
  const variants = coldStartVariants();
  const times = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
  for (let i = 0; i < runs + 1; i++) {
    for (const [name, { args }] of Object.entries(variants)) {
      const t0 = performance.now();
      const r = spawnSync(process.execPath, args, { cwd, stdio: ["ignore", "ignore", "pipe"] });
      const ms = performance.now() - t0;
      if (r.status !== 0) throw new Error(`cold start ${name} failed: ${r.stderr}`);
      if (i > 0) times[name].push(ms); // the first pass only warms the OS file cache
    }
  }
  const bare = median(times.bare);
  const out = { runs, bareMs: bare, variants: {} };
  for (const [name, ts] of Object.entries(times)) {
    const m = median(ts);
    out.variants[name] = { medianMs: m, overBareMs: m - bare, ratioToBare: m / bare, runsMs: ts.map((x) => Math.round(x * 10) / 10) };
  }
  return out;
}
