// .ci/check-tarballs.mjs: the allow-list comes from each package's own package.json (`files`, `bin`, and what npm
// always packs), and the rules that hold whatever `files` says. The last case packs a real package with npm.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { callEsm } from "./support/call-esm";
import { writeFiles } from "./support/scratch-repo";

type Verdict = { path: string; ok: boolean; why: string };
const explain = (pkg: object, paths: string[]) => callEsm<Verdict[]>(".ci/check-tarballs.mjs", "explain", pkg, paths);
const refused = (v: Verdict[]) => Object.fromEntries(v.filter((x) => !x.ok).map((x) => [x.path, x.why]));

test("a package's files patterns, README, LICENSE and package.json are allowed; anything else is not", () => {
  const v = explain({ files: ["dist-*/**"] }, [
    "package.json", "README.md", "LICENSE", "dist-cjs/index.js", "dist-types/ts3.4/index.d.ts", "src/index.ts", "CHANGELOG.md",
  ]);
  expect(refused(v)).toEqual({ "src/index.ts": "not in package.json `files` or `bin`", "CHANGELOG.md": "not in package.json `files` or `bin`" });
});

test("a bin target is allowed when the package declares it (string or map form)", () => {
  expect(refused(explain({ files: ["dist-*/**"], bin: { "local-endpoint": "./bin/local-endpoint.mjs" } }, ["bin/local-endpoint.mjs", "bin/other.mjs"])))
    .toEqual({ "bin/other.mjs": "not in package.json `files` or `bin`" });
  expect(refused(explain({ files: ["dist"], bin: "cli.js" }, ["cli.js"]))).toEqual({});
});

test("tests, .env-like files, .npmrc, build info and unrequested source maps never ship, whatever files says", () => {
  const v = explain({ files: ["dist", "test"] }, [
    "dist/index.js", "dist/index.js.map", "dist/index.spec.js", "dist/.env", "dist/.env.local", "dist/.npmrc",
    "dist/tsconfig.tsbuildinfo", "test/a.js", "dist/__tests__/b.js",
  ]);
  expect(refused(v)).toEqual({
    "dist/index.js.map": "a source map `files` does not ask for",
    "dist/index.spec.js": "a test file",
    "dist/.env": "an .env file",
    "dist/.env.local": "an .env file",
    "dist/.npmrc": "an .npmrc",
    "dist/tsconfig.tsbuildinfo": "TypeScript build info",
    "test/a.js": "a test directory",
    "dist/__tests__/b.js": "a test directory",
  });
});

test("source maps ship when files asks for them; negated patterns exclude", () => {
  expect(refused(explain({ files: ["dist-*/**", "dist-*/**/*.map", "!dist-es/internal/**"] }, ["dist-es/index.js.map", "dist-es/internal/x.js"])))
    .toEqual({ "dist-es/internal/x.js": "not in package.json `files` or `bin`" });
});

test("a real npm pack: the list is printed, stray files fail the check", () => {
  const dir = mkdtempSync(join(tmpdir(), "tarball-check-"));
  try {
    writeFiles(dir, {
      "package.json": JSON.stringify({ name: "@scratch/pkg", version: "1.0.0", files: ["dist-cjs"], license: "MIT" }),
      "README.md": "# pkg\n",
      "dist-cjs/index.js": "module.exports = 1;\n",
      "dist-cjs/index.js.map": "{}\n",
      "dist-cjs/index.spec.js": "test('x', () => {});\n",
      "src/index.ts": "export = 1;\n",
    });
    const r = spawnSync(process.execPath, [join(__dirname, "..", ".ci", "check-tarballs.mjs"), dir], { encoding: "utf8" });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/scratch-pkg-1\.0\.0\.tgz \(\d+ files/);
    expect(r.stdout).toMatch(/ok {2}dist-cjs\/index\.js\s+\d+ {2}files: dist-cjs/);
    expect(r.stdout).toMatch(/BAD dist-cjs\/index\.js\.map\s+\d+ {2}a source map/);
    expect(r.stdout).toMatch(/BAD dist-cjs\/index\.spec\.js\s+\d+ {2}a test file/);
    expect(r.stdout).not.toMatch(/src\/index\.ts/); // npm itself leaves it out: files does not name it
    expect(r.stdout).toMatch(/tarball check: 2 file\(s\) must not ship/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
