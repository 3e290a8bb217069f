// Scratch git repositories for tests of the repository's own scripts (model diff, changeset gate): a shallow clone of
// this repository with the working tree's copy of the files under test laid over it, so uncommitted edits are what
// gets tested, or an empty repository. Removed by the caller with rmSync(dir).
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

export const ROOT = join(__dirname, "..", "..");

export function git(dir: string, args: string[]): string {
  return execFileSync("git", ["-C", dir, "-c", "user.name=test", "-c", "user.email=test@example.invalid", "-c", "commit.gpgsign=false", ...args],
    { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

/** A shallow clone of this repository whose `overlay` paths are copied from the working tree and committed. */
export function scratchClone(overlay: string[]): string {
  const dir = join(mkdtempSync(join(tmpdir(), "scratch-clone-")), "repo");
  execFileSync("git", ["clone", "-q", "--depth", "1", `file://${ROOT}`, dir], { stdio: ["ignore", "pipe", "pipe"] });
  for (const path of overlay) {
    rmSync(join(dir, path), { recursive: true, force: true });
    cpSync(join(ROOT, path), join(dir, path), { recursive: true });
  }
  git(dir, ["add", "-A", "--", ...overlay]);
  if (git(dir, ["status", "--porcelain"]).trim()) git(dir, ["commit", "-q", "-m", "working tree copy of the files under test"]);
  return dir;
}

/** An empty repository with one commit holding `files` (path → content). */
export function scratchRepo(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "scratch-repo-"));
  git(dir, ["init", "-q", "-b", "main"]);
  writeFiles(dir, files);
  git(dir, ["add", "-A"]);
  git(dir, ["commit", "-q", "-m", "base"]);
  return dir;
}

export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
}
