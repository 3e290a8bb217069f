// .ci/check-changeset.mjs, the regenerate workflow's changeset gate, on a scratch repository: a base branch that
// already holds a pending changeset, and a pull-request branch that adds (or does not add) its own.
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { git, ROOT, scratchRepo, writeFiles } from "./support/scratch-repo";

const CLIENT = "@cleanroomsml-sdk/client-cleanroomsml";
const changeset = (releases: Record<string, string>, summary: string) =>
  `---\n${Object.entries(releases).map(([n, t]) => `"${n}": ${t}`).join("\n")}\n---\n\n${summary}\n`;

let repo: string;
beforeEach(() => {
  repo = scratchRepo({
    "smithy-build.json": readFileSync(join(ROOT, "smithy-build.json"), "utf8"),
    ".changeset/README.md": "# Changesets\n",
    // Already on the base branch, not yet released: it must not satisfy a new pull request's change.
    ".changeset/earlier-work.md": changeset({ [CLIENT]: "major" }, "Earlier breaking change."),
  });
  git(repo, ["checkout", "-q", "-b", "pr"]);
});
afterEach(() => rmSync(repo, { recursive: true, force: true }));

function commit(files: Record<string, string>): void {
  writeFiles(repo, files);
  git(repo, ["add", "-A"]);
  git(repo, ["commit", "-q", "-m", "pr change"]);
}

function check(...args: string[]): { status: number | null; out: string } {
  const r = spawnSync(process.execPath, [join(ROOT, ".ci", "check-changeset.mjs"), "--root", repo, "--base", "main", ...args], { encoding: "utf8" });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

test("a minor model change with a minor changeset for the client passes", () => {
  commit({ ".changeset/new-member.md": changeset({ [CLIENT]: "minor" }, "Adds minMatchingSeedSize.") });
  const r = check("--bump", "minor");
  expect(r.status).toBe(0);
  expect(r.out).toContain(".changeset/new-member.md: @cleanroomsml-sdk/client-cleanroomsml minor");
  expect(r.out).not.toContain("earlier-work.md");
});

test("a breaking change with only a minor changeset fails and says what to add; the base branch's major does not count", () => {
  commit({ ".changeset/uri.md": changeset({ [CLIENT]: "minor" }, "Moves the operation.") });
  const r = check("--bump", "major");
  expect(r.status).toBe(1);
  expect(r.out).toContain(`FAIL ${CLIENT}: changes imply major, changesets give minor`);
  expect(r.out).toMatch(/Run `npx changeset`, pick @cleanroomsml-sdk\/client-cleanroomsml, choose major/);
});

test("no model change but a regenerated client (a codegen change) needs at least a patch changeset", () => {
  expect(check("--bump", "none", "--generated-changed").status).toBe(1);
  writeFiles(repo, { ".changeset/codegen.md": changeset({ [CLIENT]: "patch" }, "Smaller bundle.") }); // not committed yet: counts too
  const r = check("--bump", "none", "--generated-changed");
  expect(r.status).toBe(0);
  expect(r.out).toContain("model diff none, generated client changed → patch required");
});

test("nothing to release needs no changeset", () => {
  const r = check("--bump", "none");
  expect(r.status).toBe(0);
  expect(r.out).toContain("ok (nothing to release)");
});

test("a changeset for another package does not cover the client", () => {
  commit({ ".changeset/endpoint.md": changeset({ "@cleanroomsml-sdk/local-endpoint": "minor" }, "Local endpoint change.") });
  const r = check("--bump", "patch");
  expect(r.status).toBe(1);
  expect(r.out).toContain(`FAIL ${CLIENT}: changes imply patch, changesets give none`);
});

test("the bump can come from model:diff's JSON, and the verdict goes to the job summary", () => {
  commit({ ".changeset/doc.md": changeset({ [CLIENT]: "patch" }, "Docs.") });
  const diff = join(repo, "..", `${repo.split("/").pop()}-diff.json`);
  const summary = `${diff}.md`;
  writeFileSync(diff, JSON.stringify({ bump: "minor", events: [] }));
  try {
    const r = check("--model-diff", diff, "--summary", summary);
    expect(r.status).toBe(1);
    expect(readFileSync(summary, "utf8")).toContain(`### Changeset: missing\n\n- FAIL ${CLIENT}: changes imply minor, changesets give patch`);
  } finally {
    rmSync(diff, { force: true });
    rmSync(summary, { force: true });
  }
});

test("bad input is exit 2", () => {
  expect(check("--bump", "huge").status).toBe(2);
});
