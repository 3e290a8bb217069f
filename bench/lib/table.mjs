// Renders bench results as the markdown table printed at the end of `npm run bench`.
const us = (x) => `${x.toFixed(0)} µs`;
const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
const mb = (b) => `${(b / 1024 / 1024).toFixed(1)} MB`;
const ms = (x) => `${x.toFixed(1)} ms`;
const x = (r) => `${r.toFixed(2)}×`;

export function renderTable(r) {
  const rows = [["metric", "ours (GetAudienceModel)", "AWS client-cleanrooms (GetCollaboration)", "ours / AWS"]];
  const add = (name, o, a, fmt, ratio = true) => rows.push([name, fmt(o), fmt(a), ratio ? x(o / a) : ""]);
  if (r.calls) {
    const { bare, ours, aws } = r.calls;
    add("sequential per call (median of rounds)", ours.sequentialUs, aws.sequentialUs, us);
    rows.push(["  … ratio to bare GET+JSON.parse (" + us(bare.sequentialUs) + ")", x(ours.sequentialUs / bare.sequentialUs), x(aws.sequentialUs / bare.sequentialUs), ""]);
    add("throughput, 32 in flight (calls/s)", ours.throughputPerSec, aws.throughputPerSec, (v) => v.toFixed(0));
    rows.push(["  … ratio to bare GET (" + bare.throughputPerSec.toFixed(0) + "/s)", x(ours.throughputPerSec / bare.throughputPerSec), x(aws.throughputPerSec / bare.throughputPerSec), ""]);
    add(`RSS after ${ours.calls} calls (after GC)`, ours.rssAfterGcBytes, aws.rssAfterGcBytes, mb);
    rows.push([`  … bare GET RSS after GC`, mb(bare.rssAfterGcBytes), "", ""]);
  }
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
  return lines.join("\n");
}
