#!/usr/bin/env node
// The README's test command. Runs every suite, then prints one plain closing line, "N passed, N failed".
//   jest: the handwritten suites under test/ (unit, loopback integration, Chromium).
//   vitest: the protocol compliance suite smithy-typescript generates from model/protocol-tests.smithy into
//           packages/client-cleanroomsml/test/functional, run exactly as generated (the package's own test script).
//   pytest: test/python, boto3 and the AWS CLI against the local endpoint's command line, and botocore's own input
//           check against the client's default mode (test_botocore_parity.py), in build/python-venv
//           (made from test/python/requirements.txt by test/python/ensure-venv.mjs when missing or stale).
// Extra jest arguments pass through: `npm test -- test/client-e2e.integ.spec.ts` (vitest and pytest are then skipped).
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { faultMatrixLines } from "./faults/print-fault-matrix.mjs";
import { ensureVenv } from "./python/ensure-venv.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "build", "test-results");
mkdirSync(out, { recursive: true });

const totals = { passed: 0, failed: 0, skipped: 0 };
const rows = [];
const transportLines = [];
let ok = true;

function runJest() {
  const file = join(out, "jest.json");
  const r = spawnSync(process.execPath, [join(root, "node_modules", "jest", "bin", "jest.js"), "--json", `--outputFile=${file}`, ...process.argv.slice(2)], { cwd: root, stdio: "inherit" });
  let res;
  try { res = JSON.parse(readFileSync(file, "utf8")); } catch { res = undefined; }
  if (!res) { ok = false; rows.push(["jest", 0, 1, 0]); totals.failed += 1; return; }
  if (r.status !== 0) ok = false;
  const failedSuites = res.numFailedTestSuites - (res.testResults ?? []).filter((s) => s.assertionResults?.some((a) => a.status === "failed")).length;
  const failed = res.numFailedTests + Math.max(0, failedSuites);
  rows.push(["jest", res.numPassedTests, failed, res.numPendingTests + res.numTodoTests]);
  totals.passed += res.numPassedTests; totals.failed += failed; totals.skipped += res.numPendingTests + res.numTodoTests;
  // The protocol vector table runs once per transport (test/protocol.*.spec.ts); show each transport's own count.
  for (const suite of res.testResults ?? []) {
    if (!/protocol\.[^/]+\.spec\.ts$/.test(suite.name)) continue;
    const vectors = (suite.assertionResults ?? []).filter((a) => !a.title.startsWith("[suite] "));
    const count = (status) => vectors.filter((a) => a.status === status).length;
    const title = suite.assertionResults?.[0]?.ancestorTitles?.[0] ?? suite.name;
    transportLines.push(`${title}: ${count("passed")} passed, ${count("failed")} failed, ${vectors.length - count("passed") - count("failed")} skipped`);
  }
}

// The generated suite is the package's: its package.json script and vitest.config.mts decide what runs.
// Zero tests counts as a failure, because the model carries protocol tests and the generator must emit them.
function runVitest() {
  const file = join(out, "vitest.json");
  rmSync(file, { force: true }); // a stale report must never stand in for a run that crashed
  const r = spawnSync("npm", ["test", "--workspace", "@cleanroomsml-sdk/client-cleanroomsml", "--",
    "--reporter=default", "--reporter=json", `--outputFile.json=${file}`], { cwd: root, stdio: "inherit" });
  let res;
  try { res = JSON.parse(readFileSync(file, "utf8")); } catch { res = undefined; }
  if (!res || res.numTotalTests === 0) { ok = false; rows.push(["vitest", 0, 1, 0]); totals.failed += 1; return; }
  if (r.status !== 0) ok = false;
  const failed = res.numFailedTests + (res.numFailedTestSuites && !res.numFailedTests ? res.numFailedTestSuites : 0);
  rows.push(["vitest", res.numPassedTests, failed, res.numPendingTests + res.numTodoTests]);
  totals.passed += res.numPassedTests; totals.failed += failed; totals.skipped += res.numPendingTests + res.numTodoTests;
}

// pytest writes a JUnit report; its <testcase> elements are counted here (a <failure>, <error> or <skipped> child
// says how each ended), so the Python results join the total. No report, or no test in it, is a failure.
function runPytest() {
  const file = join(out, "pytest.xml");
  rmSync(file, { force: true });
  let python;
  try {
    python = ensureVenv();
  } catch (err) {
    console.error(`pytest: could not set up the Python test environment: ${err.message}`);
    ok = false; rows.push(["pytest", 0, 1, 0]); totals.failed += 1; return;
  }
  const r = spawnSync(python, ["-m", "pytest", "test/python", "-p", "no:cacheprovider", "-q", "-rfEs", `--junitxml=${file}`],
    { cwd: root, stdio: "inherit", env: { ...process.env, PYTHONDONTWRITEBYTECODE: "1" } });
  let xml;
  try { xml = readFileSync(file, "utf8"); } catch { xml = ""; }
  const cases = [...xml.matchAll(/<testcase\b[^>]*?classname="([^"]*)"[^>]*?(?:\/>|>([\s\S]*?)<\/testcase>)/g)]
    .map(([, classname, inner = ""]) => ({ module: classname.split(".").pop(), outcome: /<(failure|error)\b/.test(inner) ? "failed" : /<skipped\b/.test(inner) ? "skipped" : "passed" }));
  if (cases.length === 0) { ok = false; rows.push(["pytest", 0, 1, 0]); totals.failed += 1; return; }
  if (r.status !== 0) ok = false;
  const count = (list, outcome) => list.filter((c) => c.outcome === outcome).length;
  const [passed, failed, skipped] = ["passed", "failed", "skipped"].map((o) => count(cases, o));
  // A crash that ends pytest without failing a case must still fail the run.
  const extra = r.status !== 0 && failed === 0 ? 1 : 0;
  rows.push(["pytest", passed, failed + extra, skipped]);
  totals.passed += passed; totals.failed += failed + extra; totals.skipped += skipped;
  for (const [module, label] of [["test_boto3", "boto3 against the local endpoint"], ["test_awscli", "AWS CLI against the local endpoint"],
    ["test_botocore_parity", "botocore ParamValidator parity with the default inputValidation mode"]]) {
    const mine = cases.filter((c) => c.module === module);
    pythonLines.push(`${label} (test/python/${module}.py): ${count(mine, "passed")} passed, ${count(mine, "failed")} failed, ${count(mine, "skipped")} skipped`);
  }
}

const pythonLines = [];
const jestStarted = Date.now();
runJest();
if (process.argv.length <= 2) {
  runVitest();
  runPytest();
}

if (transportLines.length) console.log(`\n${transportLines.join("\n")}`);
if (pythonLines.length) console.log(`\n${pythonLines.join("\n")}`);
// Transport faults × transports, from the columns the protocol runners wrote during this run (test/README.md).
const matrix = faultMatrixLines(jestStarted);
if (matrix.length) console.log(`\nfault matrix (✓ as required; ✗ known = test.failing, upstream behaviour named in the test)\n${matrix.join("\n")}`);
console.log("\nsuite        passed  failed  skipped");
for (const [n, p, f, s] of rows) console.log(`${n.padEnd(12)} ${String(p).padStart(6)}  ${String(f).padStart(6)}  ${String(s).padStart(7)}`);
if (totals.passed === 0) { ok = false; }
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ""}`);
process.exit(ok && totals.failed === 0 ? 0 : 1);
