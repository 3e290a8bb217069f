#!/usr/bin/env node
// `npm run bench:profile`: where the time goes. Takes V8 CPU profiles (node --cpu-prof) of
//   1. a cold `require` of each client's CJS entry, and
//   2. N sequential calls of each client against the bench's loopback server,
// then prints self time grouped by npm package and the hottest functions. Profiles stay in build/bench/profiles
// (open them in Chrome DevTools > Performance for the full call tree).
import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const out = join(root, "build", "bench", "profiles");
const calls = Number(process.argv.find((a) => a.startsWith("--calls="))?.slice(8) ?? 5000);
const top = Number(process.argv.find((a) => a.startsWith("--top="))?.slice(6) ?? 15);

function packageOf(url) {
  if (!url) return "(native/V8)";
  if (url.startsWith("node:")) return "node:internal";
  const i = url.lastIndexOf("node_modules/");
  if (i >= 0) { const [a, b] = url.slice(i + 13).split("/"); return a.startsWith("@") ? `${a}/${b}` : a; }
  if (url.includes("packages/client-cleanroomsml/")) return "@cleanroomsml-sdk/client-cleanroomsml";
  if (url.includes("/bench/")) return "(bench harness)";
  return url;
}

// Self time per node from the sample counts, grouped by package and by function.
function summarise(file) {
  const prof = JSON.parse(readFileSync(file, "utf8"));
  const dt = (prof.endTime - prof.startTime) / prof.samples.length; // µs per sample
  const counts = new Map();
  for (const id of prof.samples) counts.set(id, (counts.get(id) ?? 0) + 1);
  const byPkg = new Map(); const byFn = new Map(); let total = 0;
  for (const node of prof.nodes) {
    const self = (counts.get(node.id) ?? 0) * dt;
    if (!self) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === "(idle)") continue;
    total += self;
    const pkg = ["(garbage collector)", "(program)"].includes(functionName) ? functionName : packageOf(url);
    byPkg.set(pkg, (byPkg.get(pkg) ?? 0) + self);
    const fn = `${functionName || "(anonymous)"} ${url ? `${url.replace(/^.*node_modules\//, "").replace(/^file:\/\/.*\/packages\//, "packages/")}:${lineNumber + 1}` : ""}`;
    byFn.set(fn, (byFn.get(fn) ?? 0) + self);
  }
  const sorted = (m) => [...m].sort((a, b) => b[1] - a[1]);
  return { totalMs: total / 1000, byPackage: sorted(byPkg).slice(0, top), byFunction: sorted(byFn).slice(0, top) };
}

function profile(name, args) {
  const dir = join(out, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execFileSync(process.execPath, ["--cpu-prof", "--cpu-prof-interval", "100", "--cpu-prof-dir", dir, ...args],
    { cwd: root, stdio: ["ignore", "ignore", "ignore"] });
  const file = join(dir, readdirSync(dir).find((f) => f.endsWith(".cpuprofile")));
  const s = summarise(file);
  console.log(`\n## ${name}: ${s.totalMs.toFixed(1)} ms busy (${file.replace(root + "/", "")})`);
  console.log("self time by package:");
  for (const [p, t] of s.byPackage) console.log(`  ${(t / 1000).toFixed(1).padStart(8)} ms  ${(100 * t / 1000 / s.totalMs).toFixed(1).padStart(5)}%  ${p}`);
  console.log("hottest functions (self):");
  for (const [f, t] of s.byFunction) console.log(`  ${(t / 1000).toFixed(1).padStart(8)} ms  ${f}`);
}

profile("cold-require-ours", ["-e", "require('@cleanroomsml-sdk/client-cleanroomsml')"]);
profile("cold-require-aws", ["-e", "require('@aws-sdk/client-cleanrooms')"]);

const server = spawn(process.execPath, [join(here, "lib", "server.mjs")], { stdio: ["ignore", "pipe", "inherit", "ipc"] });
const port = await new Promise((resolve) => server.stdout.once("data", (d) => resolve(JSON.parse(String(d)).port)));
try {
  for (const kind of ["bare", "ours", "aws"]) {
    profile(`calls-${kind}`, [join(here, "lib", "profile-target.mjs"), kind, `http://127.0.0.1:${port}`, String(calls)]);
  }
} finally {
  server.send("stop");
}
