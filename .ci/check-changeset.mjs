#!/usr/bin/env node
// The regenerate workflow's changeset gate: a pull request that changes the generated client must carry a changeset
// (.changeset/*.md, written by `npx changeset`) giving that package at least the bump the change implies, so the
// release workflow publishes the right version.
//   node .ci/check-changeset.mjs --base <git ref> (--bump <none|patch|minor|major> | --model-diff build/model-diff.json)
//                                [--generated-changed] [--summary FILE] [--root DIR (default: this repository)]
// The implied bump is the model diff's (npm run model:diff); --generated-changed (the regenerated client differs
// from the base branch, e.g. after a codegen/ change) raises it to at least patch. Only changesets this branch adds
// or edits since its merge base with --base count. Exit 0: enough; 1: missing or too small (says what to add);
// 2: bad input.
import { execFileSync } from "node:child_process";
import { appendFileSync, existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { generatedClients } from "./lib/generated-clients.mjs";

export const BUMPS = ["none", "patch", "minor", "major"];
const rank = (bump) => BUMPS.indexOf(bump);

/** The changeset files this branch adds or edits since it left `base` (README.md is not a changeset). */
export function branchChangesets(root, base) {
  const git = (args) => execFileSync("git", ["-C", root, ...args], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();
  const mergeBase = git(["merge-base", base, "HEAD"]);
  const committed = git(["diff", "--name-only", "--diff-filter=AM", mergeBase, "HEAD", "--", ".changeset"]).split("\n");
  const uncommitted = git(["ls-files", "--others", "--modified", "--exclude-standard", "--", ".changeset"]).split("\n");
  return [...new Set([...committed, ...uncommitted])]
    .filter((f) => /^\.changeset\/[^/]+\.md$/.test(f) && f !== ".changeset/README.md" && existsSync(join(root, f)))
    .sort();
}

/** [{ file, summary, releases: [{ name, type }] }], parsed by @changesets/parse (the CLI's own parser). */
export function readChangesets(root, files) {
  const parse = createRequire(import.meta.url)("@changesets/parse").default;
  return files.map((file) => ({ file, ...parse(readFileSync(join(root, file), "utf8")) }));
}

/** The bump the changes imply: the model diff's, at least patch when the generated client changed. */
export function requiredBump(modelBump, generatedChanged) {
  if (!BUMPS.includes(modelBump)) throw new Error(`unknown bump: ${modelBump}`);
  return generatedChanged && rank(modelBump) < rank("patch") ? "patch" : modelBump;
}

/** For each package, the largest bump the changesets give it ("none" when none names it). */
export function declaredBumps(changesets) {
  const out = {};
  for (const { releases } of changesets) {
    for (const { name, type } of releases) if (rank(type) > rank(out[name] ?? "none")) out[name] = type;
  }
  return out;
}

/** { ok, lines } for the client packages: each must be declared at least `required`. */
export function verdict(changesets, required, packages) {
  const declared = declaredBumps(changesets);
  const lines = [];
  let ok = true;
  for (const name of packages) {
    const have = declared[name] ?? "none";
    const enough = rank(have) >= rank(required);
    ok &&= enough;
    lines.push(`${enough ? "ok  " : "FAIL"} ${name}: changes imply ${required}, changesets give ${have}`);
  }
  return { ok, lines };
}

function main() {
  let args;
  try {
    args = parseArgs({
      options: {
        base: { type: "string" }, bump: { type: "string" }, "model-diff": { type: "string" },
        "generated-changed": { type: "boolean", default: false }, summary: { type: "string" },
        root: { type: "string", default: resolve(dirname(fileURLToPath(import.meta.url)), "..") },
      },
    });
  } catch (e) {
    console.error(`check-changeset: ${e.message}`);
    return 2;
  }
  const { base, summary, root } = args.values;
  const modelBump = args.values.bump ?? (args.values["model-diff"] && JSON.parse(readFileSync(args.values["model-diff"], "utf8")).bump);
  if (!base || !modelBump || !BUMPS.includes(modelBump)) {
    console.error("usage: node .ci/check-changeset.mjs --base <ref> (--bump <none|patch|minor|major> | --model-diff FILE) [--generated-changed] [--summary FILE]");
    return 2;
  }
  const required = requiredBump(modelBump, args.values["generated-changed"]);
  const packages = generatedClients(root).map((c) => c.name);
  const changesets = readChangesets(root, branchChangesets(root, base));
  console.log(`check-changeset: model diff ${modelBump}${args.values["generated-changed"] ? ", generated client changed" : ""} → ${required} required; ${changesets.length} changeset(s) on this branch since ${base}`);
  for (const c of changesets) console.log(`  ${c.file}: ${c.releases.map((r) => `${r.name} ${r.type}`).join(", ") || "(no release)"}`);
  if (required === "none") {
    console.log("check-changeset: ok (nothing to release)");
    return 0;
  }
  const { ok, lines } = verdict(changesets, required, packages);
  for (const l of lines) console.log(`  ${l}`);
  const fix = `Run \`npx changeset\`, pick ${packages.join(", ")}, choose ${required} (or larger), describe the change for the changelog, and commit the new .changeset/*.md file.`;
  if (summary) {
    appendFileSync(summary, [`### Changeset: ${ok ? "ok" : "missing"}`, "", ...lines.map((l) => `- ${l}`), "", ...(ok ? [] : [fix, ""])].join("\n"));
  }
  if (!ok) {
    console.error(`check-changeset: the changesets do not cover the change. ${fix}`);
    return 1;
  }
  console.log("check-changeset: ok");
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main();
