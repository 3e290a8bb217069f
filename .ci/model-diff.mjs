#!/usr/bin/env node
// npm run model:diff -- [<git ref>] [--allow-breaking] [--json FILE] [--summary FILE]
// Compares model/ at a git ref (default: the newest release tag of the generated client, else HEAD) with the working
// tree using the pinned Smithy CLI's `smithy diff`, prints every event (severity, shape, what changed) and one line
// with the semver bump the change implies:
//   none   no event
//   patch  documentation only
//   minor  backward-compatible changes (NOTE and WARNING events: added members, shapes, errors, ...)
//   major  any ERROR or DANGER event (a removed member, a changed URI, a new required input, a narrowed enum, ...)
// Exit 0, or 1 on a major change unless --allow-breaking; 2 when the diff could not be made (bad ref, invalid model).
// --json writes the events and the bump for other scripts (.ci/check-changeset.mjs); --summary appends a Markdown
// report (the regenerate workflow passes $GITHUB_STEP_SUMMARY).
import { execFileSync } from "node:child_process";
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { runSmithy, smithyClasspath } from "../codegen/smithy-cli.mjs";
import { generatedClients } from "./lib/generated-clients.mjs";

export const BUMPS = ["none", "patch", "minor", "major"];
// Traits that only feed documentation: changing them changes no behaviour of the client.
const DOC_EVENT = /^ModifiedTrait\.(Add|Remove|Update)\.smithy\.api#(documentation|externalDocumentation|examples)$/;

/** RFC 4180 CSV (quoted fields may hold commas, doubled quotes and newlines) → array of rows. */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i += 1; } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") { row.push(field); field = ""; }
    else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i += 1;
      row.push(field);
      if (row.length > 1 || row[0] !== "") rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (field !== "" || row.length) { row.push(field); rows.push(row); }
  return rows;
}

/** `smithy diff --format csv` output → events; the header row may appear once per stage and is skipped. */
export function parseEvents(csv) {
  return parseCsv(csv)
    .filter((r) => r[0] !== "severity")
    .map(([severity, id, shape, file, line, column, message, hint, suppressionReason]) => ({
      severity, id, shape, file, line: Number(line) || undefined, column: Number(column) || undefined, message, hint, suppressionReason,
    }));
}

/** What one event means for users: breaking, documentation or compatible. */
export function classify(event) {
  if (event.severity === "ERROR" || event.severity === "DANGER") return "breaking";
  if (DOC_EVENT.test(event.id)) return "documentation";
  return "compatible";
}

/** The semver bump a list of events implies (see the header). */
export function impliedBump(events) {
  const kinds = new Set(events.map(classify));
  if (kinds.has("breaking")) return "major";
  if (kinds.has("compatible")) return "minor";
  if (kinds.has("documentation")) return "patch";
  return "none";
}

/** One line of a message: Smithy's CSV writes newlines inside a message as the two characters `\n`. */
export function oneLine(message, max = 240) {
  const text = String(message ?? "").replace(/\\n|\s+/g, " ").replace(/ {2,}/g, " ").trim();
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function formatEvent(e) {
  return `${e.severity.padEnd(7)} ${e.shape || "(model)"}  ${e.id}: ${oneLine(e.message)}`;
}

export function markdownSummary({ ref, sha, events, bump, allowBreaking, smithyDiffVersion }) {
  const cell = (s) => oneLine(s, 400).replace(/\|/g, "\\|");
  const lines = [`### Model diff: \`model/\` at \`${cell(ref)}\` (${sha.slice(0, 12)}) → this pull request`, ""];
  if (events.length) {
    lines.push("| severity | shape | event | change |", "| --- | --- | --- | --- |");
    for (const e of events) lines.push(`| ${e.severity} | \`${cell(e.shape)}\` | ${cell(e.id)} | ${cell(e.message)} |`);
    lines.push("");
  } else lines.push("No difference.", "");
  lines.push(`**Implied bump: ${bump}**${bump === "major" ? (allowBreaking ? " (breaking change allowed)" : " (breaking: needs the `breaking-change` label)") : ""}`);
  lines.push("", `<sub>smithy diff ${smithyDiffVersion}, \`npm run model:diff\`</sub>`, "");
  return lines.join("\n");
}

function git(root, args, opts = {}) {
  return execFileSync("git", ["-C", root, ...args], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], ...opts });
}

/** The newest release tag of the generated client reachable from HEAD (`<package>@<version>`, as changesets tags). */
export function defaultRef(root) {
  for (const { name } of generatedClients(root)) {
    try {
      return git(root, ["describe", "--tags", "--abbrev=0", "--match", `${name}@*`, "HEAD"]).trim();
    } catch { /* no such tag yet */ }
  }
  return "HEAD";
}

/** Writes the files under `paths` as they are at `sha` into `dir`, byte for byte. */
function exportTree(root, sha, paths, dir) {
  const files = git(root, ["ls-tree", "-r", "-z", "--name-only", sha, "--", ...paths]).split("\0").filter(Boolean);
  for (const file of files) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), execFileSync("git", ["-C", root, "show", `${sha}:${file}`], { maxBuffer: 64 << 20 }));
  }
  return files.length;
}

class DiffError extends Error {}

/** Runs the comparison; returns { ref, sha, events, bump, smithyDiffVersion }. Throws DiffError when it cannot. */
export function modelDiff(root, ref) {
  let sha;
  try {
    sha = git(root, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]).trim();
  } catch {
    throw new DiffError(`unknown git ref: ${ref}`);
  }
  const classpath = smithyClasspath();
  const smithyDiffVersion = classpath.match(/smithy-diff-([^/\\:;]+)\.jar/)?.[1];
  if (!smithyDiffVersion) throw new DiffError("smithy-diff is not on the pinned classpath (codegen/pom.xml)");
  const sources = JSON.parse(readFileSync(join(root, "smithy-build.json"), "utf8")).sources ?? ["model"];

  const work = mkdtempSync(join(tmpdir(), "model-diff-"));
  try {
    const oldDir = join(work, "old");
    const newDir = join(work, "new");
    mkdirSync(oldDir);
    if (exportTree(root, sha, sources, oldDir) === 0) throw new DiffError(`${sources.join(", ")} does not exist at ${ref}`);
    for (const src of sources) cpSync(join(root, src), join(newDir, src), { recursive: true });
    // `smithy diff` has no --discover flag. A config that declares a Maven section with no dependencies makes the CLI
    // load the trait models of the jars already on its classpath (aws traits, rules engine, waiters, protocol
    // tests), as `smithy build --discover` does, without resolving anything itself.
    const config = join(work, "diff-config.json");
    writeFileSync(config, JSON.stringify({ version: "1.0", maven: { dependencies: [] } }));
    const r = runSmithy(["diff", "--mode", "arbitrary", "-c", config, "--old", oldDir, "--new", newDir,
      "--format", "csv", "--severity", "NOTE", "--no-color", "--output", join(work, "out")], { classpath, cwd: work });
    const events = parseEvents(r.stdout ?? "");
    const where = (file) => {
      const rel = (base) => relative(base, file);
      if (file && !rel(newDir).startsWith("..")) return rel(newDir);
      if (file && !rel(oldDir).startsWith("..")) return `${ref}:${rel(oldDir)}`;
      return file;
    };
    for (const e of events) e.file = where(e.file);
    if (r.status !== 0) {
      // The CLI also exits 1 for a diff with ERROR/DANGER events. Tell that apart from a model that does not load.
      for (const [label, dir] of [[`model/ at ${ref}`, oldDir], ["model/ in the working tree", newDir]]) {
        const v = runSmithy(["validate", "-c", config, "--quiet", "--no-color", dir], { classpath, cwd: work });
        if (v.status !== 0) throw new DiffError(`${label} does not validate:\n${(v.stdout + v.stderr).trim()}`);
      }
      if (!events.some((e) => classify(e) === "breaking")) {
        throw new DiffError(`smithy diff failed (exit ${r.status}):\n${(r.stderr || r.stdout || String(r.error)).trim()}`);
      }
    }
    return { ref, sha, events, bump: impliedBump(events), smithyDiffVersion };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function main() {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: { "allow-breaking": { type: "boolean", default: false }, json: { type: "string" }, summary: { type: "string" } },
    });
  } catch (e) {
    console.error(`model:diff: ${e.message}\nusage: npm run model:diff -- [<git ref>] [--allow-breaking] [--json FILE] [--summary FILE]`);
    return 2;
  }
  if (args.positionals.length > 1) {
    console.error("usage: npm run model:diff -- [<git ref>] [--allow-breaking] [--json FILE] [--summary FILE]");
    return 2;
  }
  const ref = args.positionals[0] ?? defaultRef(root);
  const allowBreaking = args.values["allow-breaking"];
  let result;
  try {
    result = modelDiff(root, ref);
  } catch (e) {
    if (!(e instanceof DiffError)) throw e;
    console.error(`model:diff: ${e.message}`);
    return 2;
  }
  const { sha, events, bump, smithyDiffVersion } = result;
  console.log(`model:diff: model/ at ${ref} (${sha.slice(0, 12)}) → working tree, smithy diff ${smithyDiffVersion}`);
  for (const e of events) console.log(`  ${formatEvent(e)}`);
  const counts = ["breaking", "compatible", "documentation"].map((k) => `${events.filter((e) => classify(e) === k).length} ${k}`);
  console.log(`model:diff: ${events.length} event(s): ${counts.join(", ")}`);
  if (args.values.json) {
    mkdirSync(dirname(resolve(args.values.json)), { recursive: true });
    writeFileSync(args.values.json, `${JSON.stringify({ ...result, events: events.map((e) => ({ ...e, kind: classify(e) })), allowBreaking }, null, 2)}\n`);
  }
  if (args.values.summary) appendFileSync(args.values.summary, markdownSummary({ ...result, allowBreaking }));
  console.log(`bump: ${bump}`);
  if (bump === "major" && !allowBreaking) {
    console.error("model:diff: breaking change. Rework the model change, or pass --allow-breaking (in a pull request: the `breaking-change` label) and release it as a major version.");
    return 1;
  }
  if (bump === "major") console.log("model:diff: breaking change allowed (--allow-breaking)");
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main();
