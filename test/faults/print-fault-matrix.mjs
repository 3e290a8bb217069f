// Joins the per-transport columns the protocol runners wrote (build/test-results/fault-matrix/*.json) into the fault
// matrix: one row per transport fault, one column per transport. Used by test/run-all.mjs after jest; also runnable
// alone (node test/faults/print-fault-matrix.mjs) to reprint the last run's table.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const FAULT_MATRIX_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "build", "test-results", "fault-matrix");
const ORDER = ["node-http", "fetch-node", "fetch-chromium"];
const MARK = { pass: "✓", known: "✗ known", fail: "✗ FAIL", "n/a": "n/a" };

/** The table as Markdown lines, or [] when no runner wrote a column. `since` drops columns older than this run. */
export function faultMatrixLines(since = 0) {
  if (!existsSync(FAULT_MATRIX_DIR)) return [];
  const columns = readdirSync(FAULT_MATRIX_DIR)
    .filter((f) => f.endsWith(".json"))
    .map((f) => join(FAULT_MATRIX_DIR, f))
    .map((f) => JSON.parse(readFileSync(f, "utf8")))
    .filter((c) => (c.writtenAt ?? Infinity) >= since)
    .sort((a, b) => ORDER.indexOf(a.transport) - ORDER.indexOf(b.transport));
  if (!columns.length) return [];
  const rows = [...new Set(columns.flatMap((c) => c.cells.map((x) => x.row)))];
  const cell = (c, row) => {
    const x = c.cells.find((y) => y.row === row);
    return x ? `${MARK[x.verdict]} ${x.outcome}` : "(not run)";
  };
  return [
    `| fault | ${columns.map((c) => c.transport).join(" | ")} |`,
    `| --- |${columns.map(() => " --- |").join("")}`,
    ...rows.map((row) => `| ${row} | ${columns.map((c) => cell(c, row)).join(" | ")} |`),
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(faultMatrixLines().join("\n") || "no fault matrix columns yet");
