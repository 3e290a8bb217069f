// Bundles the ESM build once per run, so suites can exercise dist-es as a bundler would consume it.
// Dependencies stay external: only the client's own dist-es code is under test here. Node alone: suites that read the
// Smithy model get its AST themselves (support/model-json.ts), so the others run without Java.
import { buildSync } from "esbuild";
import { dirname, join } from "node:path";
import { mkdirSync } from "node:fs";
import { ES_BUNDLE } from "./builds";

export default function globalSetup(): void {
  const pkg = dirname(require.resolve("@cleanroomsml-sdk/client-cleanroomsml/package.json"));
  mkdirSync(dirname(ES_BUNDLE), { recursive: true });
  buildSync({
    entryPoints: [join(pkg, "dist-es", "index.js")],
    outfile: ES_BUNDLE,
    bundle: true,
    format: "cjs",
    platform: "node",
    packages: "external",
    logLevel: "warning",
  });
}
