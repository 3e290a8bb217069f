// The CommonJS build is one esbuild file of the package's own modules (smithy-build.json's build:cjs), so a cold
// require reads one file instead of one per source module. These checks keep it equivalent to the ESM build and
// keep it from quietly vendoring the runtime: every dependency must stay an external require of a declared package.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { dirname, join } from "node:path";
import { ES_BUNDLE } from "./support/builds";

const pkgDir = dirname(require.resolve("@cleanroomsml-sdk/client-cleanroomsml/package.json"));
const pkg = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8"));
const cjsEntry = join(pkgDir, pkg.main);
const cjsSource = readFileSync(cjsEntry, "utf8");

// Bare package name of a require specifier: "@smithy/core/schema" -> "@smithy/core".
const packageName = (spec: string) => spec.split("/").slice(0, spec.startsWith("@") ? 2 : 1).join("/");

describe("single-file CommonJS build", () => {
  it("exports exactly the names the ESM build exports", () => {
    const cjs = Object.keys(require(cjsEntry)).sort();
    const es = Object.keys(require(ES_BUNDLE)).sort();
    expect(cjs.length).toBeGreaterThan(20);
    expect(cjs).toEqual(es);
  });

  it("loads no sibling files: every require() names a declared dependency or a Node built-in", () => {
    const specs = [...cjsSource.matchAll(/\brequire\("([^"]+)"\)/g)].map((m) => m[1]);
    expect(specs.length).toBeGreaterThan(0);
    const declared = new Set(Object.keys(pkg.dependencies ?? {}));
    const strays = specs.filter((s) => !declared.has(packageName(s)) && !builtinModules.includes(s.replace(/^node:/, "")));
    expect(strays).toEqual([]);
  });

  it("inlines no dependency code (no node_modules sources inside the bundle)", () => {
    // esbuild marks each inlined input with a "// <path>" comment; a dependency would appear as node_modules/...
    expect(cjsSource).not.toMatch(/^\/\/ .*node_modules\//m);
    expect(cjsSource).toMatch(/^\/\/ src\/index\.ts$/m);
  });

  it("gives import() from an ES module the same named exports as require()", () => {
    // Node finds a CommonJS module's named exports by static analysis (cjs-module-lexer), not by running it. Besides
    // them the namespace holds Node's own keys for the whole module.exports object: "default" always, and from Node 23
    // on (so on 24, not on 20 or 22) also "module.exports" (nodejs/node#53848). Both must be that object, nothing else.
    const script = `const m = await import(${JSON.stringify(cjsEntry)});
      const markers = ["default", "module.exports"].filter((k) => k in m);
      console.log(JSON.stringify({ named: Object.keys(m).filter((k) => !markers.includes(k)).sort(),
        markers, allWholeExports: markers.every((k) => m[k] === m.default && typeof m[k].CleanRoomsMLClient === "function") }));`;
    const r = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
    expect(r.stderr).not.toMatch(/Error/);
    const { named, markers, allWholeExports } = JSON.parse(r.stdout);
    expect(named).toEqual(Object.keys(require(cjsEntry)).sort());
    expect(markers).toContain("default");
    expect(allWholeExports).toBe(true);
  });
});
