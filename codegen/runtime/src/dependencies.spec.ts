// Every package the runtime imports is declared: what ships (a feature folder's non-spec modules) in this package's
// dependencies, as RuntimeFeature declares them for the generated client; what only specs use, in devDependencies
// here or at the repository root (jest, ts-jest and typescript come from there). A Node built-in never ships: the
// client runs in browsers too.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const SRC = __dirname;
const manifest = (dir: string) => JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
const own = manifest(join(SRC, ".."));
const root = manifest(join(SRC, "..", "..", ".."));

const files = (readdirSync(SRC, { recursive: true }) as string[]).filter((f) => f.endsWith(".ts")).sort();
const specifiers = (file: string) =>
  [...readFileSync(join(SRC, file), "utf8").matchAll(/\bfrom\s+"([^"]+)"|\bimport\s*\(\s*"([^"]+)"\s*\)/g)].map((m) => m[1] ?? m[2]);
const packageName = (s: string) => (s.startsWith("@") ? s.split("/").slice(0, 2).join("/") : s.split("/")[0]);
const bare = (file: string) => specifiers(file).filter((s) => !s.startsWith(".")).map(packageName);

describe("runtime dependencies", () => {
  const shipped = files.filter((f) => !f.endsWith(".spec.ts") && !f.startsWith("models"));
  const specs = files.filter((f) => f.endsWith(".spec.ts"));

  it("finds the sources", () => {
    expect(shipped.length).toBeGreaterThanOrEqual(10);
    expect(specs.length).toBeGreaterThanOrEqual(10);
  });

  it.each(shipped)("%s imports only this package's dependencies", (file) => {
    for (const name of bare(file)) expect(Object.keys(own.dependencies)).toContain(name);
  });

  it("declares no dependency the shipped sources do not import", () => {
    const used = new Set(shipped.flatMap(bare));
    expect(Object.keys(own.dependencies).filter((d) => !used.has(d))).toEqual([]);
  });

  it.each(specs)("%s imports only declared packages and Node built-ins", (file) => {
    const declared = new Set([...Object.keys(own.dependencies), ...Object.keys(own.devDependencies ?? {}), ...Object.keys(root.devDependencies)]);
    for (const name of bare(file).filter((n) => !n.startsWith("node:"))) expect(declared).toContain(name);
  });
});
