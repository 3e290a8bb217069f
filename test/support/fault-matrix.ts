// The fault matrix: for every transport-fault vector, what each transport actually did. Each runner records one
// column as its fault vectors run and writes it to build/test-results/fault-matrix/<transport>.json when it finishes;
// test/run-all.mjs joins the columns into one table (test/faults/print-fault-matrix.mjs) after jest.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { FaultVector } from "../vectors/transport-faults";
import type { TransportName, Vector } from "../vectors/types";
import type { VectorReport } from "./vector-executor";

export const FAULT_MATRIX_DIR = join(__dirname, "..", "..", "build", "test-results", "fault-matrix");

export interface FaultCell {
  row: string;
  /** "pass": behaved as the vector demands; "known": a test.failing known upstream failure; "fail"; "n/a". */
  verdict: "pass" | "known" | "fail" | "n/a";
  /** What happened, in a few words: "ok after 2 attempts", "TimeoutError after 1 attempt", "hang". */
  outcome: string;
  note?: string;
}

export const isFaultVector = (v: Vector): v is FaultVector => v.kind === "call" && typeof (v as FaultVector).row === "string";

/** Says in a few words how a call ended; `requests` is how many reached the server. */
export function describeOutcome(report: VectorReport, requests: number, showTime = false): string {
  if (report.unsettled) return `hang (no settle in ${(report.elapsedMs / 1000).toFixed(1)} s)`;
  const attempts = (report.error?.metadata ?? report.metadata)?.attempts;
  // When the transport itself re-sent a request (Chromium does), the server saw more requests than SDK attempts.
  const extra = attempts !== undefined && requests !== attempts ? ` (${requests} requests)` : "";
  // Slow outcomes (the 10 MB body, a timeout), and those whose vector bounds the time, say how long they took.
  const time = report.elapsedMs < 200 ? `${report.elapsedMs} ms` : `${(report.elapsedMs / 1000).toFixed(1)} s`;
  const took = report.elapsedMs >= 200 || showTime ? `, ${time}` : "";
  // Where the vector measured it (Node), how far the process's RSS rose over the call.
  const rss = report.rssGrowthBytes === undefined ? "" : `, RSS +${(report.rssGrowthBytes / 2 ** 20).toFixed(1)} MiB`;
  const after = attempts === undefined ? `${took}${rss}` : ` after ${attempts} attempt${attempts === 1 ? "" : "s"}${extra}${took}${rss}`;
  if (!report.error) return `ok${after}`;
  const e = report.error;
  const status = e.metadata?.httpStatusCode;
  // Jest's vm realm wraps errors from Node's own realm; the wrapper's message still names the original.
  const wrapped = /^AWS SDK error wrapper for (\w+)/.exec(e.message)?.[1];
  const name = wrapped ? `${wrapped} (wrapped)` : e.name;
  // For a TypeError the message is the only clue to what broke ("terminated", "network error").
  const said = e.isTypeError || wrapped ? `: ${e.message.replace(/^AWS SDK error wrapper for \w+: /, "").split("\n")[0].slice(0, 40)}` : "";
  return `${e.isTypeError && name !== "TypeError" ? "TypeError " : ""}${name}${said}${status ? ` (${status})` : ""}${after}`;
}

const columns = new Map<TransportName, FaultCell[]>();

export function recordFaultCell(transport: TransportName, cell: FaultCell): void {
  if (!columns.has(transport)) columns.set(transport, []);
  columns.get(transport)!.push(cell);
}

/** Writes this transport's column for run-all.mjs and prints it, so a single runner's output shows it too. */
export function flushFaultColumn(transport: TransportName): void {
  const cells = columns.get(transport) ?? [];
  if (!cells.length) return;
  mkdirSync(FAULT_MATRIX_DIR, { recursive: true });
  writeFileSync(join(FAULT_MATRIX_DIR, `${transport}.json`), JSON.stringify({ transport, writtenAt: Date.now(), cells }, null, 2));
  const mark = { pass: "ok  ", known: "KNOWN", fail: "FAIL", "n/a": "n/a " } as const;
  console.log([`fault matrix, ${transport}:`, ...cells.map((c) => `  ${mark[c.verdict]} ${c.row}: ${c.outcome}`)].join("\n"));
}
