#!/usr/bin/env node
// Compares the built model with the service's reference AST (../shared/reference) shape by shape.
// Names, traits, constraints and endpoint rules must match exactly. What we add on purpose is ignored:
// documentation (ours, in our own words), waiters, and Smithy protocol test cases.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { isDeepStrictEqual } from "node:util";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const referencePath = process.argv[2] ?? join(root, "..", "shared", "reference", "cleanroomsml-getaudiencemodel.json");
const builtPath = process.argv[3] ?? join(root, "build", "smithy", "client", "model", "model.json");

if (!existsSync(referencePath)) {
  console.log(`model facts: no reference at ${referencePath}; skipped`);
  process.exit(0);
}

const OURS = new Set([
  "documentation",
  "smithy.api#documentation",
  "smithy.waiters#waitable",
  "smithy.test#httpRequestTests",
  "smithy.test#httpResponseTests",
]);
// Serializer noise: an empty trait map or member list carries no fact.
const isEmpty = (v) => (Array.isArray(v) && v.length === 0) || (v && typeof v === "object" && !Array.isArray(v) && Object.keys(v).length === 0);

const byTarget = (a, b) => String(a.target).localeCompare(String(b.target));

function facts(node) {
  if (Array.isArray(node)) return node.map(facts);
  if (node && typeof node === "object") {
    const out = {};
    for (const [k, v] of Object.entries(node)) {
      if (OURS.has(k)) continue;
      // An operation's errors are a set: Smithy's serializer orders them by name.
      const f = k === "errors" && Array.isArray(v) ? facts([...v].sort(byTarget)) : facts(v);
      if (!isEmpty(f)) out[k] = f;
    }
    return out;
  }
  return node;
}

const reference = JSON.parse(readFileSync(referencePath, "utf8")).shapes;
const built = JSON.parse(readFileSync(builtPath, "utf8")).shapes;
const ns = "com.amazonaws.cleanroomsml#";
const problems = [];
for (const id of Object.keys(reference)) {
  if (!built[id]) problems.push(`missing shape ${id}`);
  else if (!isDeepStrictEqual(facts(built[id]), facts(reference[id]))) problems.push(`shape differs from the reference: ${id}`);
}
for (const id of Object.keys(built)) {
  if (id.startsWith(ns) && !reference[id]) problems.push(`shape not in the reference: ${id}`);
}
if (problems.length) {
  console.error(`model facts: ${problems.length} problem(s)\n  ${problems.join("\n  ")}`);
  process.exit(1);
}
console.log(`model facts: ${Object.keys(reference).length} shapes match the reference (documentation aside)`);
