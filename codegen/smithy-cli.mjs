#!/usr/bin/env node
// The pinned Smithy CLI, as one helper for everything that runs it: `npm run generate`, `npm run model:diff`,
// `npm run model:upstream` and the tests that build the model AST. Maven resolves the classpath from codegen/pom.xml
// once; the result is cached in codegen/target/classpath.txt and reused while it is newer than the pom and every jar
// it names still exists, so a test run resolves it at most once however many processes ask.
//   node codegen/smithy-cli.mjs classpath        print the classpath (resolving it first if needed)
//   node codegen/smithy-cli.mjs ast              print the path of an up-to-date JSON AST of model/ (building it if needed)
//   node codegen/smithy-cli.mjs <smithy args>    run the pinned Smithy CLI, e.g. `validate --discover model`
// SMITHY_CLASSPATH, when set, is used as it is (a scratch copy of the repository can reuse the caller's).
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { delimiter, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const codegen = dirname(fileURLToPath(import.meta.url));
const root = dirname(codegen);
const pom = join(codegen, "pom.xml");
const cacheFile = join(codegen, "target", "classpath.txt");
export const SMITHY_CLI_MAIN = "software.amazon.smithy.cli.SmithyCli";

function fresh() {
  if (!existsSync(cacheFile) || statSync(cacheFile).mtimeMs < statSync(pom).mtimeMs) return false;
  const jars = readFileSync(cacheFile, "utf8").trim().split(delimiter).filter(Boolean);
  return jars.length > 0 && jars.every((jar) => existsSync(jar));
}

/**
 * The pinned toolchain's runtime classpath (jars only). With `compile: true`, Maven also compiles the Java
 * integrations under codegen/src/main/java in the same run, and their classes directory leads the classpath.
 */
export function smithyClasspath({ compile = false, log = true } = {}) {
  if (process.env.SMITHY_CLASSPATH && !compile) return process.env.SMITHY_CLASSPATH;
  if (compile || !fresh()) {
    mkdirSync(dirname(cacheFile), { recursive: true });
    // Maven writes to a file of our own, renamed into place, so a concurrent reader never sees half a classpath.
    const partial = `${cacheFile}.${process.pid}.tmp`;
    const args = ["-B", "-q", "-f", pom, ...(compile ? ["compile"] : []), "dependency:build-classpath",
      `-Dmdep.outputFile=${partial}`, "-Dmdep.includeScope=runtime"];
    if (log) console.error(`$ mvn ${args.join(" ")}`);
    // Maven's output goes to stderr: stdout may be carrying the classpath to a caller.
    execFileSync("mvn", args, { stdio: ["ignore", 2, 2] });
    renameSync(partial, cacheFile);
  }
  const jars = readFileSync(cacheFile, "utf8").trim();
  return compile ? [join(codegen, "target", "classes"), jars].join(delimiter) : jars;
}

/** Runs the pinned Smithy CLI with `args`; returns spawnSync's result (status, stdout, stderr as text). */
export function runSmithy(args, { classpath = smithyClasspath(), cwd = process.cwd(), stdio = "pipe" } = {}) {
  return spawnSync("java", ["-cp", classpath, SMITHY_CLI_MAIN, ...args], { cwd, encoding: "utf8", stdio, maxBuffer: 64 << 20 });
}

// `npm run generate` leaves the AST of the "client" projection (no transforms: the model as written) here.
const GENERATED_AST = join(root, "build", "smithy", "client", "model", "model.json");
const AST_BUILD = join(root, "build", "model-ast");
const AST = join(AST_BUILD, "smithy", "source", "model", "model.json");
const modelDir = join(root, "model");
const newestModelFile = () =>
  Math.max(...readdirSync(modelDir).filter((f) => f.endsWith(".smithy")).map((f) => statSync(join(modelDir, f)).mtimeMs));
const freshAst = (file) => existsSync(file) && statSync(file).mtimeMs >= newestModelFile();

/** Path of a JSON AST of model/ at least as new as every model file: the one `npm run generate` left, or one built here. */
export function modelAst() {
  if (freshAst(GENERATED_AST)) return GENERATED_AST;
  if (!freshAst(AST)) {
    mkdirSync(AST_BUILD, { recursive: true });
    const config = join(AST_BUILD, "smithy-build.json");
    // No plugins: the built-in "source" projection alone writes model.json.
    writeFileSync(config, JSON.stringify({ version: "1.0", sources: [modelDir] }));
    const r = runSmithy(["build", "--discover", "--quiet", "-c", config, "--output", join(AST_BUILD, "smithy")], { stdio: ["ignore", 2, 2] });
    if (r.status !== 0) throw new Error(`the Smithy CLI could not build model/ (exit ${r.status})`);
  }
  return AST;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  if (args[0] === "classpath") {
    process.stdout.write(`${smithyClasspath()}\n`);
  } else if (args[0] === "ast") {
    process.stdout.write(`${modelAst()}\n`);
  } else {
    const r = runSmithy(args, { stdio: "inherit" });
    process.exit(r.status ?? 1);
  }
}
