#!/usr/bin/env node
// Runs the soak in this process (not under jest, whose own rejection tracking would hide process-level
// 'unhandledRejection' events and whose heap would blur the RSS figures). esbuild compiles test/soak/soak.ts with
// dependencies external, so the published dist-cjs of the client is what runs.
// `npm run soak` = full size. The jest test runs it small: --calls 500 --json.
// Options: --calls N (10000) --concurrency N (64) --json (print the report as JSON, last line) --inject-unhandled
import { buildSync } from "esbuild";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const { values } = parseArgs({
  options: {
    calls: { type: "string", default: "10000" },
    concurrency: { type: "string", default: "64" },
    json: { type: "boolean", default: false },
    "inject-unhandled": { type: "boolean", default: false },
  },
});
const calls = Number(values.calls);
const concurrency = Number(values.concurrency);

// One output file per process: parallel jest workers must not overwrite each other's bundle mid-load.
const outfile = join(root, "build", "soak", `soak-${process.pid}.cjs`);
buildSync({ entryPoints: [join(root, "test", "soak", "soak.ts")], outfile, bundle: true, platform: "node", format: "cjs", packages: "external", logLevel: "warning" });
const { runSoak, formatSoakReport, soakFailures } = createRequire(import.meta.url)(outfile);

// A time bound scaled to N: a hang fails the run instead of stalling CI or a terminal.
const report = await runSoak({ calls, concurrency, timeoutMs: Math.max(20_000, calls * 10), injectUnhandledRejection: values["inject-unhandled"] });
const { rmSync } = await import("node:fs");
rmSync(outfile, { force: true });
console.log(formatSoakReport(report));
if (values.json) {
  console.log(JSON.stringify(report));
  process.exit(0);
}
const failures = soakFailures(report);
if (failures.length) {
  console.error(`soak FAILED:\n  ${failures.join("\n  ")}`);
  process.exit(1);
}
console.log("soak passed");
