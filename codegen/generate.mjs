#!/usr/bin/env node
// Regenerates packages/client-cleanroomsml from model/ with the pinned Smithy toolchain.
//   1. Maven resolves the generator jars pinned in codegen/pom.xml and compiles our Java integrations (smithy-cli.mjs).
//   2. The Smithy CLI builds smithy-build.json with --discover, so the trait models inside the jars load.
//   3. The package directory is replaced wholesale, so shapes removed from the model disappear from the client.
// Build outputs (dist-*, node_modules) are kept: they are not generated sources and are ignored by git.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { SMITHY_CLI_MAIN, smithyClasspath } from "./smithy-cli.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const buildDir = join(root, "build", "smithy");
const projections = { client: { plugin: "typescript-client-codegen", target: "packages/client-cleanroomsml" } };
// CHANGELOG.md is written by `changeset version` at release time, not by the generator, so it survives too.
const keep = (name) => name === "node_modules" || name === "CHANGELOG.md" || name.startsWith("dist-") || name.endsWith(".tsbuildinfo");

function run(cmd, args, opts = {}) {
  console.log(`$ ${cmd} ${args.join(" ")}`);
  execFileSync(cmd, args, { stdio: "inherit", cwd: root, ...opts });
}

// One generation at a time: two overlapping runs would interleave the clean replace below.
const lock = join(root, "build", ".generate.lock");
mkdirSync(dirname(lock), { recursive: true });
for (let waited = 0; ; waited += 1) {
  try { mkdirSync(lock); break; } catch (e) {
    if (e.code !== "EEXIST" || waited > 600) throw new Error(`cannot take ${lock} (remove it if no generation is running)`, { cause: e });
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
  }
}
process.on("exit", () => rmSync(lock, { recursive: true, force: true }));

const classpath = smithyClasspath({ compile: true });

rmSync(buildDir, { recursive: true, force: true });
run("java", ["-cp", classpath, SMITHY_CLI_MAIN, "build", "--discover",
  "-c", join(root, "smithy-build.json"), "--output", buildDir]);

for (const [projection, { plugin, target }] of Object.entries(projections)) {
  const from = join(buildDir, projection, plugin);
  const to = join(root, target);
  if (!existsSync(from)) throw new Error(`projection ${projection} produced no ${plugin} output at ${from}`);
  if (existsSync(to)) {
    for (const entry of readdirSync(to)) if (!keep(entry)) rmSync(join(to, entry), { recursive: true, force: true });
  }
  cpSync(from, to, { recursive: true });
  console.log(`generated ${target} from projection ${projection}`);
}
