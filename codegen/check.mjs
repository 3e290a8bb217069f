#!/usr/bin/env node
// `npm run check:codegen`: checks the code that generates the client before anything is generated.
//   1. The runtime TypeScript (codegen/runtime): type-checked with its strict tsconfig and unit-tested with jest,
//      Node alone. `npm run check:runtime` (--node-only) stops here, for machines without Java.
//   2. The Java integrations: `mvn test`, each run on small Smithy fixtures (codegen/src/test).
// Prints the counts of each stage and exits non-zero if any stage failed.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const codegen = dirname(fileURLToPath(import.meta.url));
const root = join(codegen, "..");
const runtime = join(codegen, "runtime");
const nodeOnly = process.argv.includes("--node-only");
const results = [];

function run(cmd, args, options = {}) {
  console.log(`$ ${[cmd, ...args].join(" ")}`);
  return spawnSync(cmd, args, { stdio: "inherit", cwd: root, ...options }).status;
}

// 1a. Type-check (specs included: a spec that does not compile is a broken test).
const typecheck = run(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", join(runtime, "tsconfig.json")]);
results.push(["runtime type-check", typecheck === 0 ? "ok" : "FAILED"]);

// 1b. Unit tests, counted from jest's JSON report.
const out = join(root, "build", "test-results");
mkdirSync(out, { recursive: true });
const jestReport = join(out, "codegen-runtime-jest.json");
rmSync(jestReport, { force: true });
const jestStatus = run(process.execPath, [join(root, "node_modules", "jest", "bin", "jest.js"), "--config", join(runtime, "jest.config.js"),
  "--json", `--outputFile=${jestReport}`]);
const jest = existsSync(jestReport) ? JSON.parse(readFileSync(jestReport, "utf8")) : undefined;
results.push(["runtime unit tests", jest ? `${jest.numPassedTests} passed, ${jest.numFailedTests + (jestStatus !== 0 && !jest.numFailedTests ? 1 : 0)} failed` : "FAILED (no report)"]);
let ok = typecheck === 0 && jestStatus === 0 && jest?.numTotalTests > 0;

// 2. Java tests, counted from surefire's XML reports.
if (!nodeOnly) {
  const reports = join(codegen, "target", "surefire-reports");
  rmSync(reports, { recursive: true, force: true });
  const mvnStatus = run("mvn", ["-B", "-q", "-f", join(codegen, "pom.xml"), "test"]);
  const totals = { tests: 0, failures: 0, errors: 0, skipped: 0 };
  for (const file of existsSync(reports) ? readdirSync(reports).filter((f) => f.startsWith("TEST-") && f.endsWith(".xml")) : []) {
    const suite = readFileSync(join(reports, file), "utf8").match(/<testsuite\b[^>]*>/)?.[0] ?? "";
    for (const key of Object.keys(totals)) totals[key] += Number(suite.match(new RegExp(`\\b${key}="(\\d+)"`))?.[1] ?? 0);
  }
  const failed = totals.failures + totals.errors;
  results.push(["Java tests", `${totals.tests - failed - totals.skipped} passed, ${failed + (mvnStatus !== 0 && !failed ? 1 : 0)} failed` +
    (totals.skipped ? `, ${totals.skipped} skipped` : "")]);
  ok &&= mvnStatus === 0 && totals.tests > 0;
}

console.log(nodeOnly ? "\ncheck:runtime (Node only; npm run check:codegen adds the Java tests)" : "\ncheck:codegen");
for (const [name, value] of results) console.log(`  ${name.padEnd(20)} ${value}`);
process.exit(ok ? 0 : 1);
