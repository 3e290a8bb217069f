#!/usr/bin/env node
// The Node-version matrix of `.ci/run`: `npm test` on the Node running this script (the machine's), then the
// consumer checks and `npm test` on each Node major below, with that Node first on PATH (so npm, jest's workers,
// the spawned demo and Chromium's loopback servers all run on it). The binaries come from the npm registry
// (lib/node-binary.mjs) at the exact versions pinned here, bumped by hand like any other pin.
// Prints a per-version table, then one closing line summing every version: "N passed, N failed[, N skipped]".
// Failed consumer checks count as failures there too, so the line never says 0 failed when a run failed.
// Output of each run streams through and is also kept in build/node-matrix/<version>-<what>.log.
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { delimiter, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { nodeBinary } from "./lib/node-binary.mjs";

const NODE_VERSIONS = ["22.23.5", "24.22.3"]; // the maintained LTS lines (December 2026)

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const logs = join(root, "build", "node-matrix");
mkdirSync(logs, { recursive: true });

/** Runs a command with `nodeBin`'s folder first on PATH, streaming and keeping its output. */
function run(label, nodeBin, cmd, args) {
  const env = { ...process.env, PATH: `${dirname(nodeBin)}${delimiter}${process.env.PATH}` };
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    for (const stream of [child.stdout, child.stderr]) {
      stream.on("data", (chunk) => { out += chunk; (stream === child.stdout ? process.stdout : process.stderr).write(chunk); });
    }
    child.on("error", (e) => { out += String(e); });
    child.on("close", (code) => { writeFileSync(join(logs, `${label}.log`), out); resolve({ code, out }); });
  });
}

const lastMatch = (text, re) => [...text.matchAll(re)].at(-1);

async function tests(version, nodeBin) {
  console.log(`\n==== npm test on Node v${version} ====`);
  const r = await run(`${version}-test`, nodeBin, "npm", ["test"]);
  const m = lastMatch(r.out, /^(\d+) passed, (\d+) failed(?:, (\d+) skipped)?$/gm);
  if (!m) return { passed: 0, failed: 1, skipped: 0, note: `no summary line (exit ${r.code})` };
  const counts = { passed: Number(m[1]), failed: Number(m[2]), skipped: Number(m[3] ?? 0) };
  if (r.code !== 0 && counts.failed === 0) return { ...counts, failed: 1, note: `exit ${r.code} with 0 failed` };
  return counts;
}

async function consumerChecks(version, nodeBin) {
  console.log(`\n==== consumer checks on Node v${version} ====`);
  const r = await run(`${version}-consumer-checks`, nodeBin, nodeBin, [join(root, ".ci", "consumer-checks.mjs")]);
  const m = lastMatch(r.out, /^consumer checks (?:OK|FAILED): (\d+) of (\d+) checks pass/gm);
  if (!m) return { ok: false, text: `no summary (exit ${r.code})`, failed: 1 };
  const failed = Number(m[2]) - Number(m[1]) || (r.code === 0 ? 0 : 1);
  return { ok: failed === 0, text: `${m[1]} of ${m[2]} pass`, failed };
}

const rows = [];
const machine = process.versions.node;
rows.push({ version: machine, source: "this machine", checks: { ok: true, text: "in .ci/run's consumer-checks step", failed: 0 }, tests: await tests(machine, process.execPath) });
for (const version of NODE_VERSIONS) {
  let nodeBin;
  try {
    nodeBin = nodeBinary(version);
  } catch (e) {
    console.error(e.message);
    rows.push({ version, source: "npm registry", checks: { ok: false, text: "Node not installed", failed: 1 }, tests: { passed: 0, failed: 1, skipped: 0, note: "Node not installed" } });
    continue;
  }
  const checks = await consumerChecks(version, nodeBin);
  rows.push({ version, source: `node-${process.platform}-${process.arch}`, checks, tests: await tests(version, nodeBin) });
}

const total = rows.reduce((t, r) => ({
  passed: t.passed + r.tests.passed,
  failed: t.failed + r.tests.failed + r.checks.failed,
  skipped: t.skipped + r.tests.skipped,
}), { passed: 0, failed: 0, skipped: 0 });
const table = [["Node", "from", "consumer checks", "tests passed", "failed", "skipped"],
  ...rows.map((r) => [`v${r.version}`, r.source, r.checks.text, String(r.tests.passed), String(r.tests.failed) + (r.tests.note ? ` (${r.tests.note})` : ""), String(r.tests.skipped)])];
const widths = table[0].map((_, i) => Math.max(...table.map((row) => row[i].length)));
console.log("\nNode matrix (the closing line sums every version; failed consumer checks count as failed)");
for (const row of table) console.log(row.map((c, i) => (i >= 3 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join("  "));
console.log(`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ""}`);
process.exit(total.failed === 0 ? 0 : 1);
