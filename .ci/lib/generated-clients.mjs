// The npm packages smithy-build.json generates: one per projection with the typescript-client-codegen plugin.
// Each is generated into packages/<name without scope> (codegen/generate.mjs).
import { readFileSync } from "node:fs";
import { join } from "node:path";

/** [{ projection, name, dir (relative to the repository), packageVersion }] */
export function generatedClients(root) {
  const build = JSON.parse(readFileSync(join(root, "smithy-build.json"), "utf8"));
  return Object.entries(build.projections ?? {})
    .filter(([, projection]) => projection.plugins?.["typescript-client-codegen"])
    .map(([projection, { plugins }]) => {
      const settings = plugins["typescript-client-codegen"];
      return { projection, name: settings.package, dir: join("packages", settings.package.replace(/^@[^/]+\//, "")), packageVersion: settings.packageVersion };
    });
}
