#!/usr/bin/env node
// Part of `npm run version-packages` (the release workflow's version step). `changeset version` bumps
// packages/client-cleanroomsml/package.json, but that file is generated: the version it must carry comes from
// smithy-build.json's `packageVersion`. This copies the bumped version back into smithy-build.json, so the
// `npm run generate` that follows reproduces it and the drift gate stays green.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const buildFile = join(root, "smithy-build.json");
const build = JSON.parse(readFileSync(buildFile, "utf8"));
const text = readFileSync(buildFile, "utf8");

let out = text;
for (const [name, projection] of Object.entries(build.projections)) {
  const settings = projection.plugins?.["typescript-client-codegen"];
  if (!settings) continue;
  const dir = settings.package.replace(/^@[^/]+\//, "");
  const { name: pkgName, version } = JSON.parse(readFileSync(join(root, "packages", dir, "package.json"), "utf8"));
  if (pkgName !== settings.package) throw new Error(`packages/${dir} is ${pkgName}, expected ${settings.package}`);
  if (settings.packageVersion === version) continue;
  // Edit the one string in place so the rest of the file keeps its layout.
  const pattern = new RegExp(`("packageVersion"\\s*:\\s*)"${settings.packageVersion.replace(/\./g, "\\.")}"`);
  if (!pattern.test(out)) throw new Error(`cannot find packageVersion ${settings.packageVersion} in smithy-build.json`);
  out = out.replace(pattern, `$1"${version}"`);
  console.log(`smithy-build.json: projection ${name} packageVersion ${settings.packageVersion} -> ${version}`);
}
if (out !== text) writeFileSync(buildFile, out);
