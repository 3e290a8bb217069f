#!/usr/bin/env node
// `npm run bench`: our client and AWS's generated sibling client (@aws-sdk/client-cleanrooms, GetCollaboration),
// measured side by side in one run. Writes bench/results/latest.json (or latest-smoke.json with --smoke) and
// prints a markdown table. See bench/README.md for the method.
//   --smoke      tiny counts: checks that every section works, numbers are meaningless
//   --skip=a,b   leave sections out (calls, cpu, sign, cold, bundle, footprint)
//   --before=<dir>  also measure our client as built from an earlier commit (node bench/lib/build-before.mjs <rev>
//                prints the directory) in the calls and cpu sections
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { measureBundles } from "./lib/bundle.mjs";
import { measureColdStart } from "./lib/cold-start.mjs";
import { measureFootprint } from "./lib/footprint.mjs";
import { renderTable } from "./lib/table.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const smoke = process.argv.includes("--smoke");
const skip = new Set((process.argv.find((a) => a.startsWith("--skip="))?.slice(7) ?? "").split(",").filter(Boolean));
const work = join(root, "build", "bench");
const beforeDir = process.argv.find((a) => a.startsWith("--before="))?.slice(9);
// Per-call targets: the bare GET floor, ours, AWS's client with defaults and with its cacheMiddleware option.
const KINDS = ["bare", "ours", "aws", "awsCache", ...(beforeDir ? ["before"] : [])];

const N = smoke
  ? { calls: { warmup: 20, rounds: 3, perRound: 20, inFlight: 32, total: 64, tputRounds: 1, rssCalls: 200 },
      cpu: { warmup: 20, rounds: 3, calls: 20 },
      sign: { warmup: 50, rounds: 3, perRound: 50 }, coldRuns: 2 }
  // 1 check call + warmup + sequential rounds + throughput rounds = 10,001 calls before RSS is read
  // (calls.mjs tops up to rssCalls if the counts ever add up to fewer).
  : { calls: { warmup: 2000, rounds: 15, perRound: 200, inFlight: 32, total: 1000, tputRounds: 5, rssCalls: 10_000 },
      cpu: { warmup: 2000, rounds: 21, calls: 1000 },
      sign: { warmup: 5000, rounds: 15, perRound: 4000 }, coldRuns: 25 };

const clientPkg = join(root, "packages", "client-cleanroomsml");
// A fresh clone after `npm ci` has no build output yet: build the client (the bench measures its dist-cjs/dist-es).
if (!existsSync(join(clientPkg, "dist-cjs", "index.js")) || !existsSync(join(clientPkg, "dist-es", "index.js"))) {
  process.stderr.write("[bench] building the client first (npm run build -w @cleanroomsml-sdk/client-cleanroomsml)\n");
  execFileSync("npm", ["run", "build", "-w", "@cleanroomsml-sdk/client-cleanroomsml"], { cwd: root, stdio: ["ignore", "inherit", "inherit"] });
}
const version = (p) => JSON.parse(execFileSync(process.execPath, ["-p", `JSON.stringify(require('${p}/package.json').version)`], { cwd: root, encoding: "utf8" }));

function startServer() {
  const child = spawn(process.execPath, [join(here, "lib", "server.mjs")], { stdio: ["ignore", "pipe", "inherit", "ipc"] });
  return new Promise((resolve, reject) => {
    child.stdout.once("data", (d) => resolve({ endpoint: `http://127.0.0.1:${JSON.parse(String(d)).port}`, child }));
    child.once("exit", (code) => reject(new Error(`bench server exited early (${code})`)));
  });
}
// Runs one measurement process and parses its JSON line. Its stderr (e.g. the SDK's Node-version notice) is
// kept out of the report unless the process fails.
function runNode(args) {
  try {
    return JSON.parse(execFileSync(process.execPath, args, { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }));
  } catch (e) {
    process.stderr.write(String(e.stderr ?? ""));
    throw e;
  }
}

const results = {
  date: new Date().toISOString(),
  mode: smoke ? "smoke" : "full",
  machine: { node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model },
  versions: { ours: version("@cleanroomsml-sdk/client-cleanroomsml"), aws: version("@aws-sdk/client-cleanrooms") },
  ...(beforeDir ? { before: { dir: beforeDir } } : {}),
  counts: N,
};
const log = (msg) => process.stderr.write(`[bench] ${msg}\n`);

if (!skip.has("calls")) {
  const { endpoint, child } = await startServer();
  try {
    results.calls = {};
    // Three passes, targets interleaved, keeping each target's best pass: damps load spikes on a shared box.
    for (let pass = 0; pass < (smoke ? 1 : 3); pass++) {
      for (const kind of KINDS) {
        log(`calls: ${kind} (pass ${pass + 1})`);
        const r = runNode(["--expose-gc", join(here, "lib", "calls.mjs"), kind, endpoint, JSON.stringify({ ...N.calls, beforeDir })]);
        const prev = results.calls[kind];
        if (!prev || r.sequentialUs < prev.sequentialUs) results.calls[kind] = r;
      }
    }
  } finally {
    child.send("stop");
  }
}
if (!skip.has("cpu")) {
  const kinds = KINDS.filter((k) => k !== "bare");
  log(`cpu per call over an in-memory handler: ${kinds.join(", ")} interleaved (${N.cpu.rounds} rounds × ${N.cpu.calls})`);
  results.cpu = runNode([join(here, "lib", "cpu.mjs"), JSON.stringify({ ...N.cpu, kinds, beforeDir })]);
}
if (!skip.has("sign")) {
  log("sigv4 signature alone");
  results.sign = runNode([join(here, "lib", "sign.mjs"), JSON.stringify(N.sign)]);
}
if (!skip.has("cold")) {
  log(`cold start (${N.coldRuns} runs per variant)`);
  results.coldStart = measureColdStart({ cwd: root, runs: N.coldRuns });
}
if (!skip.has("bundle")) {
  log("browser bundles");
  results.bundle = await measureBundles({ workDir: join(work, "bundle") });
}
if (!skip.has("footprint")) {
  log("install footprint (npm pack + npm install into temp projects)");
  results.footprint = measureFootprint({
    workDir: join(work, "footprint"),
    offline: smoke,
    log,
    packages: { ours: clientPkg, aws: dirname(execFileSync(process.execPath, ["-p", "require.resolve('@aws-sdk/client-cleanrooms/package.json')"], { cwd: root, encoding: "utf8" }).trim()) },
  });
}

mkdirSync(join(here, "results"), { recursive: true });
// Smoke numbers are meaningless, so they stay out of the committed results.
const file = smoke ? join(work, "latest-smoke.json") : join(here, "results", "latest.json");
mkdirSync(dirname(file), { recursive: true });
writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
log(`wrote ${file}`);
console.log(renderTable(results));
