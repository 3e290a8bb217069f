#!/usr/bin/env node
// Compares the built model with the service's reference AST (../shared/reference) shape by shape.
// Names, traits, constraints and endpoint rules must match exactly. What we add on purpose is ignored:
// documentation (ours, in our own words), waiters, and Smithy protocol test cases (.ci/lib/model-facts.mjs).
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { compareShapes, formatDifference } from "./lib/model-facts.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const referencePath = process.argv[2] ?? join(root, "..", "shared", "reference", "cleanroomsml-getaudiencemodel.json");
const builtPath = process.argv[3] ?? join(root, "build", "smithy", "client", "model", "model.json");

if (!existsSync(referencePath)) {
  console.log(`model facts: no reference at ${referencePath}; skipped`);
  process.exit(0);
}

const reference = JSON.parse(readFileSync(referencePath, "utf8")).shapes;
const built = JSON.parse(readFileSync(builtPath, "utf8")).shapes;
const problems = compareShapes(reference, built, { labels: ["reference", "ours"], onlyIn: "com.amazonaws.cleanroomsml#" });
if (problems.length) {
  console.error(`model facts: ${problems.length} difference(s) from the reference\n  ${problems.map(formatDifference).join("\n  ")}`);
  process.exit(1);
}
console.log(`model facts: ${Object.keys(reference).length} shapes match the reference (documentation aside)`);
