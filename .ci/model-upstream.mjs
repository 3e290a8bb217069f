#!/usr/bin/env node
// npm run model:upstream -- <AWS's published Smithy JSON model of Clean Rooms ML> [--operation GetAudienceModel]
// Says how the operation's closure in AWS's model differs from ours, documentation aside: shapes, members and their
// targets, traits (constraints, HTTP bindings, ...), errors, resource/service bindings and the endpoint rules.
// Both sides are cut to the same closure (.ci/lib/model-facts.mjs), so the rest of the service in AWS's file is
// ignored. Exit 0: same facts; 1: differences (listed); 2: bad input.
import { existsSync, readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { modelAst } from "../codegen/smithy-cli.mjs";
import { compareShapes, formatDifference, operationClosure } from "./lib/model-facts.mjs";

let args;
try {
  args = parseArgs({ allowPositionals: true, options: { operation: { type: "string", default: "GetAudienceModel" }, ours: { type: "string" } } });
} catch (e) {
  console.error(`model:upstream: ${e.message}`);
  process.exit(2);
}
const [upstreamPath] = args.positionals;
if (!upstreamPath || args.positionals.length > 1 || !existsSync(upstreamPath)) {
  console.error("usage: npm run model:upstream -- <path to AWS's Smithy JSON model> [--operation Name] [--ours model.json]");
  process.exit(2);
}

const load = (file) => {
  try {
    const model = JSON.parse(readFileSync(file, "utf8"));
    if (!model?.shapes) throw new Error("no `shapes`: not a Smithy JSON AST");
    return model;
  } catch (e) {
    console.error(`model:upstream: cannot read ${file}: ${e.message}`);
    process.exit(2);
  }
};
const { operation } = args.values;
const oursPath = args.values.ours ?? modelAst();
let upstream, ours;
try {
  upstream = operationClosure(load(upstreamPath), operation);
  ours = operationClosure(load(oursPath), operation);
} catch (e) {
  console.error(`model:upstream: ${e.message}`);
  process.exit(2);
}

const count = (m) => Object.keys(m.shapes).length;
console.log(`model:upstream: ${operation} closure, ${upstreamPath} (${count(upstream)} shapes) vs model/ (${count(ours)} shapes), documentation aside`);
const differences = compareShapes(upstream.shapes, ours.shapes, { labels: ["upstream", "ours"] });
for (const d of differences) console.log(`  ${formatDifference(d)}`);
if (differences.length === 0) {
  console.log("model:upstream: no differences");
  process.exit(0);
}
const kinds = {};
for (const d of differences) kinds[d.kind] = (kinds[d.kind] ?? 0) + 1;
console.log(`model:upstream: ${differences.length} difference(s) (${Object.entries(kinds).map(([k, n]) => `${n} ${k}`).join(", ")})`);
process.exit(1);
