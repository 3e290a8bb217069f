#!/usr/bin/env node
// Part of `npm run version-packages` (the release workflow's version step). `changeset version` bumps
// packages/client-cleanroomsml/package.json, but that file is generated: the version it must carry comes from
// smithy-build.json's `packageVersion`. This copies the bumped version back into smithy-build.json, so the
// `npm run generate` that follows reproduces it and the drift gate stays green.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { generatedClients } from "./lib/generated-clients.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const buildFile = join(root, "smithy-build.json");
const text = readFileSync(buildFile, "utf8");

let out = text;
for (const { projection, name, dir, packageVersion } of generatedClients(root)) {
  const { name: pkgName, version } = JSON.parse(readFileSync(join(root, dir, "package.json"), "utf8"));
  if (pkgName !== name) throw new Error(`${dir} is ${pkgName}, expected ${name}`);
  if (packageVersion === version) continue;
  // Edit the one string in place so the rest of the file keeps its layout.
  const pattern = new RegExp(`("packageVersion"\\s*:\\s*)"${packageVersion.replace(/\./g, "\\.")}"`);
  if (!pattern.test(out)) throw new Error(`cannot find packageVersion ${packageVersion} in smithy-build.json`);
  out = out.replace(pattern, `$1"${version}"`);
  console.log(`smithy-build.json: projection ${projection} packageVersion ${packageVersion} -> ${version}`);
}
if (out !== text) writeFileSync(buildFile, out);
