// The hand-off between a read-only job and the one job allowed to write (regenerate workflow: the regenerated client;
// release workflow: the "Version packages" change): .ci/make-patch.sh, .ci/apply-patch.sh and
// .ci/commit-regenerated.sh on scratch repositories, with a bare repository standing in for GitHub.
import { execFileSync, spawnSync } from "node:child_process";
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { git, ROOT, scratchRepo, writeFiles } from "./support/scratch-repo";

const SCRIPTS = [".ci/make-patch.sh", ".ci/apply-patch.sh", ".ci/commit-regenerated.sh", ".ci/lib/generated-clients.mjs"];
let work: string;
let repo: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), "patch-handoff-"));
  repo = scratchRepo({
    "smithy-build.json": readFileSync(join(ROOT, "smithy-build.json"), "utf8"),
    "packages/client-cleanroomsml/src/index.ts": "export const a = 1;\n",
    "packages/local-endpoint/src/generated/model.ts": "export const m = 1;\n",
    "README.md": "# scratch\n",
  });
  for (const s of SCRIPTS) cpSync(join(ROOT, s), join(repo, s));
  git(repo, ["add", "-A"]);
  git(repo, ["commit", "-q", "-m", "scripts"]);
  git(repo, ["checkout", "-q", "-b", "pr"]);
});
afterEach(() => {
  rmSync(work, { recursive: true, force: true });
  rmSync(repo, { recursive: true, force: true });
});

function run(cwd: string, script: string, args: string[], env: Record<string, string> = {}) {
  const r = spawnSync("bash", [script, ...args], { cwd, encoding: "utf8", env: { ...process.env, ...env } });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}
const outputs = (file: string) => Object.fromEntries(readFileSync(file, "utf8").trim().split("\n").map((l) => l.split("=")));

function regenerate(): { patch: string; out: Record<string, string> } {
  writeFiles(repo, { "packages/client-cleanroomsml/src/index.ts": "export const a = 2;\n", "packages/client-cleanroomsml/src/new.ts": "export {};\n" });
  unlinkSync(join(repo, "packages/local-endpoint/src/generated/model.ts"));
  const githubOutput = join(work, "github-output");
  writeFileSync(githubOutput, "");
  const patch = join(work, "regenerated.patch");
  const r = run(repo, ".ci/make-patch.sh", [patch, "--base", "main", "packages"], { GITHUB_OUTPUT: githubOutput });
  expect(r.status).toBe(0);
  return { patch, out: outputs(githubOutput) };
}

test("make-patch: changes, new and deleted files under the pathspec; the index is left as it was", () => {
  const { patch, out } = regenerate();
  expect(out).toEqual({ changed: "true", sha256: execFileSync("sha256sum", [patch], { encoding: "utf8" }).split(" ")[0], "client-changed": "true" });
  const text = readFileSync(patch, "utf8");
  expect(text).toContain("new file mode");
  expect(text).toContain("deleted file mode");
  expect(git(repo, ["diff", "--cached", "--name-only"])).toBe("");
});

test("make-patch: nothing regenerated → changed=false, client unchanged", () => {
  const githubOutput = join(work, "out");
  writeFileSync(githubOutput, "");
  expect(run(repo, ".ci/make-patch.sh", [join(work, "p.patch"), "--base", "main", "packages"], { GITHUB_OUTPUT: githubOutput }).status).toBe(0);
  expect(outputs(githubOutput)).toMatchObject({ changed: "false", "client-changed": "false" });
});

test("commit-regenerated: applies the verified patch, commits as the bot and pushes to the branch", () => {
  const { patch, out } = regenerate();
  const remote = join(work, "remote.git");
  execFileSync("git", ["clone", "-q", "--bare", repo, remote]);
  const job = join(work, "job");
  execFileSync("git", ["clone", "-q", "-b", "pr", remote, job]);
  const r = run(job, join(repo, ".ci/commit-regenerated.sh"), [], { PATCH: patch, PATCH_SHA256: out.sha256, HEAD_REF: "pr", GITHUB_TOKEN: "not-used-by-a-file-remote" });
  expect(r.status).toBe(0);
  expect(git(remote, ["log", "-1", "--format=%an <%ae>|%s", "pr"]).trim())
    .toBe("github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>|Regenerate the client from model/ (npm run generate)");
  expect(git(remote, ["show", "pr:packages/client-cleanroomsml/src/index.ts"])).toBe("export const a = 2;\n");
  expect(git(remote, ["ls-tree", "-r", "--name-only", "pr"])).not.toContain("packages/local-endpoint/src/generated/model.ts");
});

test("apply-patch refuses a patch whose digest is not the earlier job's", () => {
  const { patch, out } = regenerate();
  appendFileSync(patch, "\n");
  git(repo, ["checkout", "-q", "--", "."]);
  git(repo, ["clean", "-q", "-fd", "packages"]);
  const r = run(repo, ".ci/apply-patch.sh", [], { PATCH: patch, PATCH_SHA256: out.sha256, PATCH_PATHS: "packages/" });
  expect(r.status).toBe(1);
  expect(r.out).toMatch(/is not the patch the earlier job made/);
});

test("apply-patch refuses a patch that reaches outside the allowed paths", () => {
  writeFiles(repo, { "README.md": "# changed\n", "packages/client-cleanroomsml/src/index.ts": "export const a = 3;\n" });
  const patch = join(work, "wide.patch");
  expect(run(repo, ".ci/make-patch.sh", [patch, "."]).status).toBe(0);
  git(repo, ["checkout", "-q", "--", "."]);
  const sha = execFileSync("sha256sum", [patch], { encoding: "utf8" }).split(" ")[0];
  const r = run(repo, ".ci/apply-patch.sh", [], { PATCH: patch, PATCH_SHA256: sha, PATCH_PATHS: "packages/" });
  expect(r.status).toBe(1);
  expect(r.out).toMatch(/touches files outside packages\/: README\.md/);
  expect(git(repo, ["status", "--porcelain"])).toBe("");
});

test("github-releases: release notes are the version's CHANGELOG section", () => {
  const { callEsm } = require("./support/call-esm") as typeof import("./support/call-esm");
  const changelog = "# @x/pkg\n\n## 1.3.0\n\n### Minor Changes\n\n- abc: Adds minMatchingSeedSize.\n\n## 1.2.0\n\n### Patch Changes\n\n- old\n";
  expect(callEsm(".ci/github-releases.mjs", "changelogSection", changelog, "1.3.0")).toBe("### Minor Changes\n\n- abc: Adds minMatchingSeedSize.");
  expect(callEsm(".ci/github-releases.mjs", "changelogSection", changelog, "1.2.0")).toBe("### Patch Changes\n\n- old");
  expect(callEsm(".ci/github-releases.mjs", "changelogSection", changelog, "9.9.9")).toBeNull();
});
