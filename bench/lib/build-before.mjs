#!/usr/bin/env node
// Builds our client as it was at an earlier commit, for `npm run bench -- --before=<dir>` (the "before" column).
// Takes packages/client-cleanroomsml from <rev> with `git archive` into build/bench/before/<rev>/client-cleanroomsml
// (inside this checkout, so its dependencies resolve from this checkout's node_modules) and runs that package's own
// build:cjs script. Prints the directory.
// Usage: node bench/lib/build-before.mjs [rev, default: main]
import { execFileSync, execSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const rev = process.argv[2] ?? "main";
const sha = execFileSync("git", ["rev-parse", "--short", rev], { cwd: root, encoding: "utf8" }).trim();
const out = join(root, "build", "bench", "before", sha);
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
execSync(`git archive ${sha} packages/client-cleanroomsml | tar -x -C ${JSON.stringify(out)} --strip-components=1`, { cwd: root, stdio: "inherit" });
const dir = join(out, "client-cleanroomsml");
const { scripts } = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
// The package's own command (esbuild from this checkout's node_modules/.bin).
execSync(scripts["build:cjs"], { cwd: dir, stdio: "inherit", env: { ...process.env, PATH: `${join(root, "node_modules", ".bin")}:${process.env.PATH}` } });
process.stderr.write(`built ${rev} (${sha}) into ${dir}\n`);
console.log(dir);
