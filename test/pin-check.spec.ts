// .ci/check-pins.mjs must pass on the repository as committed and fail, naming the right rows, when a copy of the
// build files drifts in one way. Each vector edits one file of a temporary copy; one runner checks them all.
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

const root = join(__dirname, "..");
const checker = join(root, ".ci", "check-pins.mjs");

type Run = { status: number | null; out: string };
function runChecker(args: string[] = []): Run {
  const r = spawnSync(process.execPath, [checker, ...args], { encoding: "utf8" });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

// Table rows (between the dashed rule and the blank line) whose status column is not "ok".
function flaggedRows(out: string): string[] {
  const lines = out.split("\n");
  const start = lines.findIndex((l) => /^-+\s+-+/.test(l)) + 1;
  const body: string[] = [];
  for (let i = start; i > 0 && i < lines.length && lines[i].trim() !== ""; i += 1) body.push(lines[i]);
  return body.filter((l) => !/\sok$/.test(l));
}

// The checker names its own inputs, so a new input file cannot be left out of the copies.
const inputs: string[] = Object.values(
  JSON.parse(
    spawnSync(process.execPath, ["--input-type=module", "-e",
      `import(${JSON.stringify(checker)}).then((m) => console.log(JSON.stringify(m.FILES)))`], { encoding: "utf8" }).stdout,
  ),
);

type Vector = { name: string; file: string; from: string; to: string; expect: RegExp[]; flagged?: number };
const vectors: Vector[] = [
  {
    name: "Smithy bumped in the pom only flags every Smithy artifact",
    file: "codegen/pom.xml",
    from: "<smithy.version>1.73.0</smithy.version>",
    to: "<smithy.version>1.72.0</smithy.version>",
    expect: [/software\.amazon\.smithy:smithy-cli\s+1\.72\.0 \[direct\+managed\]\s+1\.73\.0 \[direct\+managed\]\s+VERSION differs/],
    flagged: 17,
  },
  {
    name: "smithy-typescript bumped in the catalog only flags both generator jars",
    file: "gradle/libs.versions.toml",
    from: 'smithy-typescript = "0.49.1"',
    to: 'smithy-typescript = "0.50.0"',
    expect: [
      /smithy-typescript-codegen\s+0\.49\.1 \[direct\]\s+0\.50\.0 \[direct\]\s+VERSION differs/,
      /smithy-aws-typescript-codegen\s+0\.49\.1 \[direct\]\s+0\.50\.0 \[direct\]\s+VERSION differs/,
    ],
    flagged: 2,
  },
  {
    name: "one catalog entry with its own literal version is caught",
    file: "gradle/libs.versions.toml",
    from: 'smithy-waiters = { module = "software.amazon.smithy:smithy-waiters", version.ref = "smithy" }',
    to: 'smithy-waiters = { module = "software.amazon.smithy:smithy-waiters", version = "1.72.0" }',
    expect: [/smithy-waiters\s+1\.73\.0 \[direct\+managed\]\s+1\.72\.0 \[direct\+managed\]\s+VERSION differs/],
    flagged: 1,
  },
  {
    name: "a jar added to the pom but not the catalog is missing on the Gradle side",
    file: "codegen/pom.xml",
    from: "\n  <dependencies>\n",
    to: "\n  <dependencies>\n    <dependency><groupId>software.amazon.smithy</groupId><artifactId>smithy-openapi</artifactId><version>1.73.0</version></dependency>\n",
    expect: [/smithy-openapi\s+1\.73\.0 \[direct\]\s+-\s+MISSING in catalog/],
    flagged: 1,
  },
  {
    name: "a library added to the catalog but not the pom is missing on the Maven side",
    file: "gradle/libs.versions.toml",
    from: "[libraries]\n",
    to: '[libraries]\nsmithy-openapi = { module = "software.amazon.smithy:smithy-openapi", version.ref = "smithy" }\n',
    expect: [/smithy-openapi\s+-\s+1\.73\.0 \[unused\]\s+MISSING in pom/],
    flagged: 1,
  },
  {
    name: "a direct pom dependency left out of the Gradle codegen bundle is a role difference",
    file: "gradle/libs.versions.toml",
    from: '  "smithy-protocol-test-traits",\n  "smithy-typescript-codegen",',
    to: '  "smithy-typescript-codegen",',
    expect: [/smithy-protocol-test-traits\s+1\.73\.0 \[direct\+managed\]\s+1\.73\.0 \[managed\]\s+ROLE differs/],
    flagged: 1,
  },
  {
    name: "JUnit bumped in the pom only flags both test-scoped jars",
    file: "codegen/pom.xml",
    from: "<junit.version>6.1.3</junit.version>",
    to: "<junit.version>6.1.2</junit.version>",
    expect: [
      /org\.junit\.jupiter:junit-jupiter\s+6\.1\.2 \[test\]\s+6\.1\.3 \[test\]\s+VERSION differs/,
      /org\.junit\.platform:junit-platform-launcher\s+6\.1\.2 \[test\]\s+6\.1\.3 \[test\]\s+VERSION differs/,
    ],
    flagged: 2,
  },
  {
    name: "a test jar left out of the Gradle codegen-test bundle is a role difference",
    file: "gradle/libs.versions.toml",
    from: '  "junit-jupiter",\n  "junit-platform-launcher",\n',
    to: '  "junit-platform-launcher",\n',
    expect: [/org\.junit\.jupiter:junit-jupiter\s+6\.1\.3 \[test\]\s+6\.1\.3 \[unused\]\s+ROLE differs/],
    flagged: 1,
  },
  {
    name: "Java release differing between the builds is caught",
    file: "codegen/pom.xml",
    from: "<maven.compiler.release>17</maven.compiler.release>",
    to: "<maven.compiler.release>21</maven.compiler.release>",
    expect: [/java release\s+21\s+17\s+VERSION differs/],
    flagged: 1,
  },
  {
    name: "the smithy-base plugin version must be stated in the catalog",
    file: "gradle/libs.versions.toml",
    from: 'smithy-base = { id = "software.amazon.smithy.gradle.smithy-base", version.ref = "smithy-gradle-plugin" }',
    to: "",
    expect: [/smithy-base plugin\s+n\/a\s+-\s+NOT STATED/],
    flagged: 1,
  },
  {
    name: "the wrapper distribution version must be stated",
    file: "gradle/wrapper/gradle-wrapper.properties",
    from: "distributions/gradle-9.3.1-bin.zip",
    to: "distributions/latest.zip",
    expect: [/gradle wrapper distribution\s+n\/a\s+-\s+NOT STATED/],
    flagged: 1,
  },
  {
    name: "a wrapper older than the plugin's minimum Gradle is caught",
    file: "gradle/wrapper/gradle-wrapper.properties",
    from: "gradle-9.3.1-bin.zip",
    to: "gradle-8.1.1-bin.zip",
    expect: [/gradle wrapper distribution\s+n\/a\s+8\.1\.1\s+TOO OLD \(plugin needs >= 8\.2\)/],
    flagged: 1,
  },
  {
    name: "a version written into build.gradle.kts instead of the catalog is caught",
    file: "build.gradle.kts",
    from: "smithyCli(libs.smithy.cli)",
    to: 'smithyCli("software.amazon.smithy:smithy-cli:1.73.0")',
    expect: [/versions only in the catalog\s+n\/a\s+build\.gradle\.kts: "software\.amazon\.smithy:smithy-cli:1\.73\.0"\s+HARD-CODED/],
    flagged: 1,
  },
  {
    name: "a maven section in smithy-build.json is rejected for the Gradle path",
    file: "smithy-build.json",
    from: '"version": "1.0",',
    to: '"version": "1.0",\n  "maven": { "dependencies": [] },',
    expect: [/smithy-build\.json has no maven section\s+n\/a\s+has one\s+REJECTED/],
    flagged: 1,
  },
];

describe("check-pins", () => {
  let work: string;
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), "pin-check-"));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  function copyWith(name: string, edit?: { file: string; from: string; to: string }): string {
    const dir = join(work, name.replace(/\W+/g, "-"));
    for (const rel of inputs) {
      mkdirSync(dirname(join(dir, rel)), { recursive: true });
      cpSync(join(root, rel), join(dir, rel));
    }
    if (edit) {
      const path = join(dir, edit.file);
      const before = readFileSync(path, "utf8");
      // A vector whose anchor no longer exists would test nothing; fail loudly instead.
      expect(before).toContain(edit.from);
      writeFileSync(path, before.replace(edit.from, edit.to));
    }
    return dir;
  }

  it("passes on the committed build files", () => {
    const r = runChecker();
    expect(r.out).toMatch(/software\.amazon\.smithy:smithy-cli\s+1\.73\.0 \[direct\+managed\]\s+1\.73\.0 \[direct\+managed\]\s+ok/);
    expect(r.out).toMatch(/smithy-typescript-codegen\s+0\.49\.1 \[direct\]\s+0\.49\.1 \[direct\]\s+ok/);
    expect(r.out).toMatch(/gradle wrapper distribution\s+n\/a\s+9\.3\.1\s+ok/);
    expect(flaggedRows(r.out)).toEqual([]);
    expect(r.status).toBe(0);
  });

  it("passes on an unedited copy (the copy holds every input it reads)", () => {
    const r = runChecker(["--root", copyWith("unedited")]);
    expect(flaggedRows(r.out)).toEqual([]);
    expect(r.status).toBe(0);
  });

  it.each(vectors)("$name", ({ name, file, from, to, expect: patterns, flagged }) => {
    const r = runChecker(["--root", copyWith(name, { file, from, to })]);
    for (const p of patterns) expect(r.out).toMatch(p);
    if (flagged !== undefined) expect(flaggedRows(r.out)).toHaveLength(flagged);
    expect(r.out).toMatch(/check-pins: \d+ difference\(s\)/);
    expect(r.status).toBe(1);
  });

  it("reports an unreadable pom as an input error, not a pass", () => {
    const r = runChecker(["--root", copyWith("undefined-property", {
      file: "codegen/pom.xml",
      from: "<version>${smithy-typescript.version}</version>",
      to: "<version>${smithy-ts.version}</version>",
    })]);
    expect(r.out).toMatch(/cannot compare the builds: codegen\/pom\.xml: \$\{smithy-ts\.version\} is not defined/);
    expect(r.status).toBe(1);
  });
});
