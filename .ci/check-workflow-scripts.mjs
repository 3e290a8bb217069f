#!/usr/bin/env node
// The workflows must call the same npm scripts and CI files .ci/run uses. A schema check cannot see a
// misspelt `npm run` target or a moved script file, so this checks both against the repository.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const scripts = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).scripts ?? {};
const problems = [];
for (const file of process.argv.slice(2)) {
  const text = readFileSync(join(root, file), "utf8");
  for (const [, name] of text.matchAll(/\bnpm run ([\w:-]+(?:\.[\w:-]+)*)/g)) { // a trailing "." ends the sentence
    if (!(name in scripts)) problems.push(`${file}: npm run ${name}: no such script in package.json`);
  }
  for (const [, path] of text.matchAll(/\b(?:bash|node) (\.ci\/[\w./-]+)/g)) {
    if (!existsSync(join(root, path))) problems.push(`${file}: ${path} does not exist`);
  }
}
if (problems.length) {
  console.error(problems.join("\n"));
  process.exit(1);
}
console.log(`workflow scripts: every npm script and .ci file named in ${process.argv.length - 2} workflow(s) exists`);
