// Renders bench results as the markdown tables printed at the end of `npm run bench`.
import { LABELS } from "./targets.mjs";
const us = (x) => `${x.toFixed(0)} µs`;
const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
const mb = (b) => `${(b / 1024 / 1024).toFixed(1)} MB`;
const ms = (x) => `${x.toFixed(1)} ms`;
const x = (r) => `${r.toFixed(2)}×`;

// Per call: every client side by side (ours, AWS default, AWS with cacheMiddleware, and ours before, if measured),
// then the issue-11 targets, each as the ratio it is defined by.
function renderPerCall(r) {
  const kinds = ["ours", "aws", "awsCache", "before"].filter((k) => r.calls?.[k] || r.cpu?.[k]);
  const head = ["metric", ...kinds.map((k) => LABELS[k]), "ours / AWS default"];
  const rows = [];
  const row = (name, get, fmt) => {
    const v = Object.fromEntries(kinds.map((k) => [k, get(k)]));
    rows.push([name, ...kinds.map((k) => (v[k] === undefined ? "" : fmt(v[k]))), v.ours !== undefined && v.aws ? x(v.ours / v.aws) : ""]);
  };
  if (r.cpu) row("CPU per call, in-memory handler (median of rounds)", (k) => r.cpu[k]?.cpuUs, us);
  if (r.calls) {
    const bare = r.calls.bare;
    row("wall per call on loopback, sequential (median of rounds)", (k) => r.calls[k]?.sequentialUs, us);
    row(`  … ratio to bare keep-alive GET + JSON.parse (${us(bare.sequentialUs)})`, (k) => r.calls[k] && r.calls[k].sequentialUs / bare.sequentialUs, x);
    row("calls/s, 32 in flight (median of rounds)", (k) => r.calls[k]?.throughputPerSec, (v) => v.toFixed(0));
    row(`  … ratio to bare keep-alive GET (${bare.throughputPerSec.toFixed(0)}/s)`, (k) => r.calls[k] && r.calls[k].throughputPerSec / bare.throughputPerSec, x);
    row(`RSS after ${r.calls.ours.calls} calls (after GC; bare GET ${mb(bare.rssAfterGcBytes)})`, (k) => r.calls[k]?.rssAfterGcBytes, mb);
  }
  const lines = [head, ...rows].map((cells) => `| ${cells.join(" | ")} |`);
  lines.splice(1, 0, `|${head.map(() => " --- ").join("|")}|`);
  const targets = [];
  if (r.cpu) targets.push(`CPU per call ours / AWS default ${x(r.cpu.ours.cpuUs / r.cpu.aws.cpuUs)} (target ≤ 0.60×)`);
  if (r.calls) {
    targets.push(`wall per call ours / AWS default ${x(r.calls.ours.sequentialUs / r.calls.aws.sequentialUs)} (target ≤ 0.85×)`);
    targets.push(`AWS default calls/s at 32 / ours ${x(r.calls.aws.throughputPerSec / r.calls.ours.throughputPerSec)} (target ≤ 0.75×)`);
  }
  if (targets.length) lines.push("", `Targets: ${targets.join("; ")}.`);
  return lines.join("\n");
}

export function renderTable(r) {
  const perCall = r.calls || r.cpu ? `${renderPerCall(r)}\n\n` : "";
  const rows = [["metric", "ours (GetAudienceModel)", "AWS client-cleanrooms (GetCollaboration)", "ours / AWS"]];
  const add = (name, o, a, fmt, ratio = true) => rows.push([name, fmt(o), fmt(a), ratio ? x(o / a) : ""]);
  if (r.sign) rows.push(["one SigV4 signature alone (floor)", us(r.sign.signUs), "same signer", ""]);
  if (r.coldStart) {
    const v = r.coldStart.variants;
    for (const kind of ["require", "import", "client"]) {
      const o = v[`ours.${kind}`]; const a = v[`aws.${kind}`];
      const label = { require: "cold require (CJS entry)", import: "cold import() from ESM", client: "cold require + new Client" }[kind];
      rows.push([`${label}: over bare node`, ms(o.overBareMs), ms(a.overBareMs), x(o.overBareMs / a.overBareMs)]);
      rows.push([`  … total, ratio to bare node (${ms(r.coldStart.bareMs)})`, `${ms(o.medianMs)} (${x(o.ratioToBare)})`, `${ms(a.medianMs)} (${x(a.ratioToBare)})`, x(o.medianMs / a.medianMs)]);
    }
  }
  if (r.bundle) {
    add("browser bundle, minified", r.bundle.ours.rawBytes, r.bundle.aws.rawBytes, kb);
    add("browser bundle, gzip -9", r.bundle.ours.gzipBytes, r.bundle.aws.gzipBytes, kb);
  }
  if (r.footprint) {
    add("install footprint on disk", r.footprint.ours.installedBytes, r.footprint.aws.installedBytes, mb);
    add("installed packages", r.footprint.ours.packages, r.footprint.aws.packages, String);
  }
  const lines = rows.map((cells) => `| ${cells.join(" | ")} |`);
  lines.splice(1, 0, `|${rows[0].map(() => " --- ").join("|")}|`);
  if (r.bundle) {
    for (const k of ["ours", "aws"]) {
      lines.push("", `Top bundle contributors (${k}, minified bytes): ` +
        r.bundle[k].topPackages.map(([p, b]) => `${p} ${kb(b)}`).join(", "));
    }
  }
  if (r.footprint) {
    for (const k of ["ours", "aws"]) {
      if (r.footprint[k].installError) lines.push("", `Install footprint (${k}): ${r.footprint[k].method}; npm said: ${r.footprint[k].installError}`);
    }
  }
  lines.push("", `node ${r.machine.node}, ${r.machine.cpus} CPUs; ours ${r.versions.ours}, AWS ${r.versions.aws}; mode ${r.mode}`);
  return perCall + (rows.length > 1 ? lines : lines.slice(-1)).join("\n");
}
