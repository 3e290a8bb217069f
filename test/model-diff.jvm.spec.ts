// `npm run model:diff` end to end: the pinned Smithy CLI's `smithy diff` on a scratch clone of this repository, one
// model edit per case, checked against the exit code and the bump line the script promises. Needs Java 17 and Maven.
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { git, ROOT, scratchClone } from "./support/scratch-repo";

jest.setTimeout(120_000);

const CLIENT_TAG = "@cleanroomsml-sdk/client-cleanroomsml@0.1.0";
const OPERATION = "model/audience-model.smithy";
let repo: string;
let classpath: string;

beforeAll(() => {
  // One Maven resolution for every run below (codegen/smithy-cli.mjs caches it; the clones reuse it).
  classpath = execFileSync(process.execPath, [join(ROOT, "codegen", "smithy-cli.mjs"), "classpath"], { encoding: "utf8" }).trim();
  repo = scratchClone(["model", "smithy-build.json", ".ci/model-diff.mjs", ".ci/lib", "codegen/smithy-cli.mjs"]);
});
afterAll(() => rmSync(dirname(repo), { recursive: true, force: true }));
afterEach(() => git(repo, ["checkout", "-q", "--", "model"]));

type Run = { status: number | null; stdout: string; stderr: string; bump?: string };
function modelDiff(...args: string[]): Run {
  const r = spawnSync(process.execPath, [join(repo, ".ci", "model-diff.mjs"), ...args], {
    cwd: repo, encoding: "utf8", env: { ...process.env, SMITHY_CLASSPATH: classpath },
  });
  // The output of each case goes to the test log, so a reviewer sees what the script printed.
  console.log(`$ npm run model:diff -- ${args.join(" ")}\n${r.stdout}${r.stderr}(exit ${r.status})`);
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, bump: r.stdout.match(/^bump: (\w+)$/m)?.[1] };
}

/** Replaces one exact snippet of a model file; fails loudly if the snippet is gone, so a case never silently no-ops. */
function edit(file: string, from: string, to: string): void {
  const path = join(repo, file);
  const text = readFileSync(path, "utf8");
  expect(text.split(from)).toHaveLength(2);
  writeFileSync(path, text.replace(from, to));
}

test("no change: exit 0, bump none", () => {
  const r = modelDiff("HEAD");
  expect(r.status).toBe(0);
  expect(r.bump).toBe("none");
  expect(r.stdout).toMatch(/smithy diff 1\.73\.0/);
  expect(r.stdout).toMatch(/0 event\(s\)/);
});

test("a new optional output member: exit 0, bump minor, the member named", () => {
  edit(OPERATION, "    description: ResourceDescription\n}",
    "    description: ResourceDescription\n\n    /// Smallest seed audience the model accepts.\n    minMatchingSeedSize: Integer\n}");
  const r = modelDiff("HEAD");
  expect(r.status).toBe(0);
  expect(r.bump).toBe("minor");
  expect(r.stdout).toMatch(/NOTE\s+com\.amazonaws\.cleanroomsml#GetAudienceModelResponse\$minMatchingSeedSize\s+AddedShape/);
});

test("the operation's URI changed: exit 1, bump major", () => {
  edit(OPERATION, 'uri: "/audience-model/{audienceModelArn}"', 'uri: "/audience-models/{audienceModelArn}"');
  const r = modelDiff("HEAD");
  expect(r.status).toBe(1);
  expect(r.bump).toBe("major");
  expect(r.stdout).toMatch(/ERROR\s+com\.amazonaws\.cleanroomsml#GetAudienceModel\s+TraitBreakingChange\.Update\.smithy\.api#http: .*\/uri/);
  expect(r.stderr).toMatch(/breaking change/);
});

test("--allow-breaking: the same URI change exits 0 and still says major", () => {
  edit(OPERATION, 'uri: "/audience-model/{audienceModelArn}"', 'uri: "/audience-models/{audienceModelArn}"');
  const r = modelDiff("HEAD", "--allow-breaking");
  expect(r.status).toBe(0);
  expect(r.bump).toBe("major");
});

test("a new required input member: exit 1, bump major", () => {
  edit(OPERATION, "    audienceModelArn: AudienceModelArn\n}\n\n/// The audience model as the service holds it now.",
    '    audienceModelArn: AudienceModelArn\n\n    /// Which revision to read.\n    @required\n    @httpQuery("revision")\n    revision: String\n}\n\n/// The audience model as the service holds it now.');
  // The model's own request test cases must then set it, or the new model would not validate.
  const tests = join(repo, "model", "protocol-tests.smithy");
  const [requests, responses] = readFileSync(tests, "utf8").split("apply GetAudienceModel @httpResponseTests");
  expect(requests.split("        params: {\n")).toHaveLength(3);
  writeFileSync(tests, `${requests.replaceAll("        params: {\n", '        params: {\n            revision: "1"\n')}apply GetAudienceModel @httpResponseTests${responses}`);
  const r = modelDiff("HEAD");
  expect(r.status).toBe(1);
  expect(r.bump).toBe("major");
  expect(r.stdout).toMatch(/ERROR\s+com\.amazonaws\.cleanroomsml#GetAudienceModelRequest\$revision\s+AddedRequiredMember/);
});

test("a documentation-only edit: exit 0, bump patch", () => {
  edit(OPERATION, "/// ARN of this audience model.", "/// The ARN of this audience model, as the service returns it.");
  const r = modelDiff("HEAD");
  expect(r.status).toBe(0);
  expect(r.bump).toBe("patch");
  expect(r.stdout).toMatch(/ModifiedTrait\.Update\.smithy\.api#documentation/);
});

test("without a ref it compares with the newest release tag of the client", () => {
  git(repo, ["tag", CLIENT_TAG]);
  try {
    edit(OPERATION, "/// ARN of this audience model.", "/// The ARN of this audience model.");
    git(repo, ["commit", "-q", "-am", "docs after the release"]);
    const r = modelDiff();
    expect(r.stdout).toContain(`model/ at ${CLIENT_TAG}`);
    expect(r.bump).toBe("patch"); // the committed doc edit counts: the comparison is with the release, not HEAD
    expect(modelDiff("HEAD").bump).toBe("none");
  } finally {
    git(repo, ["reset", "-q", "--hard", "HEAD~1"]);
    git(repo, ["tag", "-d", CLIENT_TAG]);
  }
});

test("a model that does not load is exit 2, not a breaking change", () => {
  // A syntax error: `smithy diff` loads models with core checks only, so a dangling target alone would not stop it
  // (`npm run generate` validates fully); a model it cannot load at all must not read as a breaking change.
  const errors = join(repo, "model", "errors.smithy");
  writeFileSync(errors, `${readFileSync(errors, "utf8")}\nstructure Broken {\n`);
  const r = modelDiff("HEAD");
  expect(r.status).toBe(2);
  expect(r.bump).toBeUndefined();
  expect(r.stderr).toMatch(/model\/ in the working tree does not validate[\s\S]*errors\.smithy/);
});

test("an unknown ref is exit 2", () => {
  const r = modelDiff("no-such-ref");
  expect(r.status).toBe(2);
  expect(r.stderr).toMatch(/unknown git ref: no-such-ref/);
});
