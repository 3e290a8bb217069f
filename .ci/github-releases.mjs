#!/usr/bin/env node
// The release workflow's github-release job: one tag and GitHub release `<package>@<version>` per package the publish
// job published (its `published` output, in PUBLISHED), on the commit that was built, with the version's CHANGELOG.md
// section as notes. A release that already exists is left alone, so re-running is safe. Needs `gh` and GH_TOKEN.
//   PUBLISHED='[{"name":"@scope/pkg","version":"1.2.0"}]' GITHUB_SHA=<sha> node .ci/github-releases.mjs [--dry-run]
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { publishablePackages } from "./lib/publishable-packages.mjs";

/** The body of `## <version>` in a changesets CHANGELOG.md, up to the next `## ` heading. */
export function changelogSection(changelog, version) {
  const lines = changelog.split("\n");
  const start = lines.findIndex((l) => l.trim() === `## ${version}`);
  if (start < 0) return undefined;
  const end = lines.findIndex((l, i) => i > start && /^## /.test(l));
  return lines.slice(start + 1, end < 0 ? undefined : end).join("\n").trim();
}

function main() {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
  const dryRun = process.argv.includes("--dry-run");
  const published = JSON.parse(process.env.PUBLISHED || "[]");
  const sha = process.env.GITHUB_SHA;
  if (!sha) throw new Error("GITHUB_SHA is not set");
  const dirs = new Map(publishablePackages(root).map((p) => [p.json.name, p.dir]));
  const tmp = mkdtempSync(join(tmpdir(), "release-notes-"));
  try {
    for (const { name, version } of published) {
      const tag = `${name}@${version}`;
      const changelog = join(dirs.get(name) ?? "", "CHANGELOG.md");
      const notes = (existsSync(changelog) && changelogSection(readFileSync(changelog, "utf8"), version)) || `Published ${tag} to npm.`;
      const notesFile = join(tmp, "notes.md");
      writeFileSync(notesFile, `${notes}\n`);
      if (dryRun) {
        console.log(`would create ${tag} at ${sha}:\n${notes}`);
        continue;
      }
      if (spawnSync("gh", ["release", "view", tag], { stdio: "ignore" }).status === 0) {
        console.log(`${tag}: release exists, left alone`);
        continue;
      }
      const r = spawnSync("gh", ["release", "create", tag, "--target", sha, "--title", tag, "--notes-file", notesFile], { stdio: "inherit" });
      if (r.status !== 0) throw new Error(`gh release create ${tag} failed (exit ${r.status})`);
      console.log(`${tag}: tagged ${sha.slice(0, 12)} and released`);
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
