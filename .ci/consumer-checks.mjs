#!/usr/bin/env node
// Consumer checks: install the packages the way users do (from the tarballs `npm pack` makes) into a fresh
// project outside the repo, then prove they load, type-check, lint and bundle. Run after `npm run build`:
// the tarballs carry whatever dist-* the build left, so packing uses --ignore-scripts (the package's prepack
// would clean and rebuild, which `npm publish` still does in the release workflow).
// Prints one row per check and exits non-zero if any check failed. Command output goes to
// build/consumer-checks/<check>.log and its tail is printed when a check fails.
import { spawn, spawnSync } from "node:child_process";
import { builtinModules, createRequire } from "node:module";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { lockfileOverrides } from "./lib/lockfile-overrides.mjs";
import { publishablePackages } from "./lib/publishable-packages.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const fixtures = join(root, ".ci", "consumer");
const logs = join(root, "build", "consumer-checks");
const requireFromRoot = createRequire(join(root, "package.json"));
const esbuild = await import("esbuild");
const { publint } = await import("publint");
const attwBin = join(dirname(requireFromRoot.resolve("@arethetypeswrong/cli/package.json")), requireFromRoot("@arethetypeswrong/cli/package.json").bin.attw);

const CLIENT = "@cleanroomsml-sdk/client-cleanroomsml";
// Packages that only make sense in Node; finding one in a browser bundle means the browser field mapping failed.
const NODE_ONLY_PACKAGES = [
  "@smithy/node-http-handler", "@smithy/hash-node", "@smithy/node-config-provider",
  "@aws-sdk/credential-provider-node", "@aws-sdk/util-user-agent-node", "@smithy/util-defaults-mode-node",
];
const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

rmSync(logs, { recursive: true, force: true });
mkdirSync(logs, { recursive: true });
const work = mkdtempSync(join(tmpdir(), "consumer-checks-"));
const tarballs = join(work, "tarballs");
const app = join(work, "app");
mkdirSync(tarballs);
mkdirSync(app);

const results = [];
function record(pkg, check, ok, detail) {
  results.push({ pkg, check, ok, detail });
}

/** Runs a command, logs its output; returns { ok, out, stdout }. `quiet`: a non-zero exit is judged by the caller. */
function run(name, cmd, args, cwd, { quiet = false } = {}) {
  const r = spawnSync(cmd, args, { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" } });
  const out = `${r.stdout ?? ""}${r.stderr ?? ""}${r.error ? String(r.error) : ""}`;
  writeFileSync(join(logs, `${name.replace(/[^\w.-]+/g, "_")}.log`), `$ ${cmd} ${args.join(" ")}\n${out}`);
  const ok = r.status === 0;
  if (!ok && !quiet) console.error(`--- ${name} failed (exit ${r.status}); last lines:\n${out.split("\n").slice(-30).join("\n")}`);
  return { ok, out, stdout: r.stdout ?? "" };
}

async function check(pkg, name, fn) {
  try {
    const detail = await fn();
    record(pkg, name, true, detail ?? "");
  } catch (e) {
    console.error(`--- ${pkg} ${name}: ${e.message}`);
    record(pkg, name, false, e.message.split("\n")[0].slice(0, 70));
  }
}
const must = (r, what) => { if (!r.ok) throw new Error(`${what} failed (see build/consumer-checks)`); return r; };

const packages = publishablePackages(root);

// 1. npm pack each package.
for (const p of packages) {
  await check(p.json.name, "npm pack", () => {
    const r = must(run(`pack-${p.json.name}`, "npm", ["pack", "--ignore-scripts", "--json", "--pack-destination", tarballs], p.dir), "npm pack");
    const [info] = JSON.parse(r.out.slice(r.out.indexOf("[")));
    p.tarball = join(tarballs, info.filename);
    const stray = info.files.map((f) => f.path).filter((f) => /(^src\/|^test\/|tsbuildinfo$|\.spec\.)/.test(f));
    if (stray.length) throw new Error(`tarball carries non-runtime files: ${stray.slice(0, 3).join(", ")}`);
    // npm shows the README on the package page and users read it in node_modules; each bin must ship too.
    const paths = new Set(info.files.map((f) => f.path));
    const missing = ["README.md", "LICENSE", ...Object.values(p.json.bin ?? {}).map((b) => b.replace(/^\.\//, ""))].filter((f) => !paths.has(f));
    if (missing.length) throw new Error(`tarball lacks ${missing.join(", ")}`);
    return `${info.entryCount} files, ${(info.size / 1024).toFixed(1)} kB`;
  });
}
const packed = packages.filter((p) => p.tarball);

// 2. Fresh project: the tarballs plus the TypeScript and Node types a consumer would have. Dependencies come
//    from the npm cache when it has them (--prefer-offline); nothing is taken from this repo's node_modules.
//    Versions are pinned to this repo's lockfile (see .ci/lib/lockfile-overrides.mjs).
//    TypeScript comes in the versions the type matrix below runs, the extra ones as npm aliases (exact versions:
//    a new TypeScript release changes this check only when someone bumps them here), and AWS's own Clean Rooms
//    client is installed as the matrix's baseline. They are not devDependencies of this repository because every
//    TypeScript package declares the same `tsc` bin, and the workspace builds must keep getting the pinned one.
//    TypeScript 7's compiler is a native binary in the platform package its optionalDependencies name
//    (@typescript/typescript-linux-x64 here); `bin/tsc` is a small Node launcher for it. Once in npm's cache, all
//    of this installs offline.
const lockedVersion = (name) => requireFromRoot(`${name}/package.json`).version;
const TYPESCRIPTS = [
  { alias: "typescript", version: lockedVersion("typescript") }, // the version this repository builds with
  { alias: "typescript-7", version: "7.0.2" }, // the newest release on the registry (December 2026)
];
const TYPESCRIPT_PRE_4_5 = { alias: "typescript-4.4", version: "4.4.4" }; // typesVersions "<4.5": the last 4.4
const BASELINE = "@aws-sdk/client-cleanrooms";
const overrides = lockfileOverrides(root, { except: ["typescript", "@types/node", BASELINE, ...packages.map((p) => p.json.name)] });
writeFileSync(join(app, "package.json"), JSON.stringify({ name: "consumer-app", version: "0.0.0", private: true, overrides }, null, 2));
for (const f of readdirSync(fixtures)) copyFileSync(join(fixtures, f), join(app, f));
for (const f of readdirSync(app).filter((f) => f.endsWith(".ts"))) copyFileSync(join(app, f), join(app, f.replace(/\.ts$/, ".mts")));
await check("(all)", "npm install tarballs", () => {
  const typescripts = [...TYPESCRIPTS, TYPESCRIPT_PRE_4_5].map(({ alias, version }) =>
    alias === "typescript" ? `typescript@${version}` : `${alias}@npm:typescript@${version}`);
  must(run("install", "npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", "--no-package-lock",
    ...packed.map((p) => p.tarball), ...typescripts, `${BASELINE}@${lockedVersion(BASELINE)}`, "@types/node@20"], app), "npm install");
  return `${packed.length} tarball(s), TypeScript ${[...TYPESCRIPTS, TYPESCRIPT_PRE_4_5].map((t) => t.version).join(", ")}, ${BASELINE} into ${relative(tmpdir(), app)}`;
});

// The metadata npm shows and bundlers read, taken from the installed (packed) package.json. Entry points and
// browser/react-native replacements must name files the tarball really has.
function packageShape(pkgDir) {
  const pj = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8"));
  const missing = ["name", "version", "description", "license", "main", "module", "types", "files"].filter((k) => !pj[k]);
  if (!pj.repository?.url) missing.push("repository.url");
  if (!pj.engines?.node) missing.push("engines.node");
  if (missing.length) throw new Error(`missing ${missing.join(", ")}`);
  if (pj.sideEffects !== false) throw new Error(`sideEffects is ${JSON.stringify(pj.sideEffects)}, expected false`);
  const withJs = (f) => (/\.(c|m)?js$|\.d\.ts$/.test(f) ? f : `${f}.js`);
  const targets = [pj.main, pj.module, pj.types];
  for (const field of ["browser", "react-native"]) {
    if (pj[field] && typeof pj[field] === "object") targets.push(...Object.keys(pj[field]), ...Object.values(pj[field]).filter((v) => v));
  }
  // typesVersions sends older TypeScript elsewhere ("dist-types/*" -> "dist-types/ts3.4/*"): the redirected types
  // entry must be in the tarball too.
  for (const [range, map] of Object.entries(pj.typesVersions ?? {})) {
    for (const [pattern, [target]] of Object.entries(map)) {
      const prefix = pattern.replace(/\*$/, "");
      if (pj.types?.replace(/^\.\//, "").startsWith(prefix)) targets.push(`${target.replace(/\*$/, "")}${pj.types.replace(/^\.\//, "").slice(prefix.length)}`);
      else throw new Error(`typesVersions ${range} ${pattern} does not cover types ${pj.types}`);
    }
  }
  const absent = targets.map(withJs).filter((f) => !existsSync(join(pkgDir, f)));
  if (absent.length) throw new Error(`files not in tarball: ${absent.join(", ")}`);
  const maps = ["browser", "react-native"].filter((f) => pj[f]).join("+");
  return `${pj.version}, ${pj.license}, node ${pj.engines.node}, sideEffects false${maps ? `, ${maps} map` : ""}`;
}

for (const p of packed) {
  const name = p.json.name;
  const isClient = name === CLIENT;
  await check(name, "package.json shape", () => packageShape(join(app, "node_modules", ...name.split("/"))));
  // (a) CommonJS and (b) ESM. The client gets real calls against a loopback service; other packages must load
  // and expose at least one export.
  await check(name, "require() (CJS)", () => {
    if (isClient) return must(run(`cjs-${name}`, process.execPath, ["app.cjs"], app), "app.cjs").stdout.trim();
    must(run(`cjs-${name}`, process.execPath, ["-e", `const m = require(${JSON.stringify(name)}); if (!Object.keys(m).length) throw new Error("no exports"); console.log(Object.keys(m).join(","))`], app), "require");
    return "loads, has exports";
  });
  await check(name, "import (ESM)", () => {
    if (isClient) return must(run(`esm-${name}`, process.execPath, ["app.mjs"], app), "app.mjs").stdout.trim();
    must(run(`esm-${name}`, process.execPath, ["--input-type=module", "-e", `const m = await import(${JSON.stringify(name)}); if (!Object.keys(m).length) throw new Error("no exports")`], app), "import");
    return "loads, has exports";
  });
  // A package with a bin must start through npx from the installed tarball, as its README says.
  if (p.json.bin) await check(name, "npx (bin)", () => npxLocalEndpoint(name, p.json.version));
  // (c) TypeScript: the type matrix after this loop checks both packages.
  // (d) publint (errors fail; warnings are counted and reported) and arethetypeswrong on the tarball.
  await check(name, "publint", () => publintSummary(join(app, "node_modules", ...name.split("/"))));
  await check(name, "attw", () => {
    // attw exits 0 and reports `types: false` for a package whose types are missing: that is a failure here.
    const r = must(run(`attw-${name}`, process.execPath, [attwBin, p.tarball, "--format", "json"], app), "attw");
    const { analysis } = JSON.parse(r.stdout);
    if (!analysis.types) throw new Error("attw found no types in the tarball");
    const problems = analysis.problems ?? [];
    if (!Array.isArray(problems) || problems.length) throw new Error(`problems: ${JSON.stringify(problems).slice(0, 200)}`);
    const entries = Object.keys(analysis.entrypoints ?? {});
    return `0 problems; entry ${entries.join(", ")} under node10, node16 CJS/ESM, bundler`;
  });
}

// (c) The type matrix: a strict consumer of each package (and of AWS's own client, the baseline) type-checked by
// each TypeScript version, under moduleResolution node16 (a .ts CJS importer and a .mts ESM importer) and bundler,
// with Node's types (`types: ["node"]`), without them (`types: []`, TypeScript 7's default), and without them under
// skipLibCheck (what a browser app uses). lib is ES2022 + DOM throughout, TypeScript's default for that target.
// Each cell counts errors by where they are: the consumer's file, our package's own .d.ts files, or a dependency.
// Expected: no error in the consumer or in our files anywhere; with Node types or skipLibCheck, no error at all;
// without Node types, dependency errors only where the baseline has exactly the same ones (same file, line, code).
const SUBJECTS = [
  { key: "client", pkg: CLIENT, file: "consumer" },
  { key: "local-endpoint", pkg: "@cleanroomsml-sdk/local-endpoint", file: "local-endpoint-consumer" },
  { key: "aws baseline", pkg: BASELINE, file: "aws-client-consumer", baseline: true },
].filter((s) => s.baseline || packed.some((p) => p.json.name === s.pkg));
const RESOLUTIONS = {
  node16: { module: "node16", moduleResolution: "node16", mts: true },
  bundler: { module: "preserve", moduleResolution: "bundler", mts: false },
  // TypeScript < 4.5 knows neither (nor ES2022); node10 resolution is what its users have.
  node10: { module: "commonjs", moduleResolution: "node", mts: false, target: "ES2021", lib: ["ES2021", "DOM"] },
};
const TYPE_SETUPS = {
  "types node": { types: ["node"], skipLibCheck: false },
  "no node types": { types: [], skipLibCheck: false },
  "no node types, skipLibCheck": { types: [], skipLibCheck: true },
};
const OURS = packages.map((p) => `node_modules/${p.json.name}/`);

function typeCheck(ts, resolution, setup, subject) {
  const { mts, ...resolutionOptions } = RESOLUTIONS[resolution];
  const tag = `${ts.alias}-${resolution}-${setup}-${subject.key}`.replace(/\W+/g, "_");
  const config = join(app, `tsconfig.${tag}.json`);
  writeFileSync(config, JSON.stringify({
    compilerOptions: { strict: true, noEmit: true, pretty: false, target: "ES2022", lib: ["ES2022", "DOM"], ...resolutionOptions, ...TYPE_SETUPS[setup] },
    files: [`${subject.file}.ts`, ...(mts ? [`${subject.file}.mts`] : [])],
  }, null, 2));
  const r = run(`tsc-${tag}`, process.execPath, [join(app, "node_modules", ts.alias, "bin", "tsc"), "-p", config], app, { quiet: true });
  const errors = [...r.out.matchAll(/^(.+?)\((\d+),(\d+)\): error (TS\d+): /gm)].map(([, file, line, , code]) => ({ file, at: `${file}:${line} ${code}` }));
  if (!r.ok && errors.length === 0) throw new Error(`tsc ${tag} failed without reporting an error (see build/consumer-checks)`);
  const own = errors.filter((e) => OURS.some((o) => e.file.includes(o)));
  const consumer = errors.filter((e) => !e.file.includes("node_modules/"));
  const dependency = errors.filter((e) => !own.includes(e) && !consumer.includes(e));
  return { total: errors.length, own, consumer, dependency };
}

const typeRows = [];
const matrixRuns = [
  ...TYPESCRIPTS.flatMap((ts) => ["node16", "bundler"].flatMap((res) => Object.keys(TYPE_SETUPS).map((setup) => ({ ts, res, setup })))),
  // The typesVersions path: TypeScript 4.4 reads dist-types/ts3.4. @types/node 20 does not parse under 4.4, so no "types node".
  ...["no node types", "no node types, skipLibCheck"].map((setup) => ({ ts: TYPESCRIPT_PRE_4_5, res: "node10", setup })),
];
await check("(all)", "tsc --strict type matrix", () => {
  const problems = [];
  for (const { ts, res, setup } of matrixRuns) {
    const cells = {};
    for (const subject of SUBJECTS) {
      // The local endpoint declares no TypeScript < 4.5 support (no typesVersions); its row there is informational.
      const informational = ts === TYPESCRIPT_PRE_4_5 && subject.key === "local-endpoint";
      const result = typeCheck(ts, res, setup, subject);
      cells[subject.key] = { ...result, informational };
    }
    const baselineAt = new Set(cells["aws baseline"].dependency.map((e) => e.at));
    for (const [key, c] of Object.entries(cells)) {
      if (c.informational) { c.text = `(${c.total}: not claimed)`; continue; }
      const beyond = c.dependency.filter((e) => !baselineAt.has(e.at));
      const strictSetup = TYPE_SETUPS[setup].skipLibCheck || TYPE_SETUPS[setup].types.includes("node");
      const fail = [];
      if (c.consumer.length) fail.push(`${c.consumer.length} in consumer`);
      if (c.own.length) fail.push(`${c.own.length} in own .d.ts`);
      if (strictSetup && c.dependency.length) fail.push(`${c.dependency.length} in dependencies`);
      if (!strictSetup && key !== "aws baseline" && beyond.length) fail.push(`${beyond.length} beyond baseline`);
      if (fail.length) problems.push(`${key} TS ${ts.version} ${res} ${setup}: ${fail.join(", ")}: ${[...c.consumer, ...c.own, ...beyond].slice(0, 3).map((e) => e.at).join("; ")}`);
      c.text = fail.length ? `FAIL ${c.total} (${fail.join(", ")})` : c.total === 0 ? "0" : key === "aws baseline" ? `${c.total}` : `${c.total} (= baseline's)`;
    }
    typeRows.push({ ts: ts.version, res, setup, cells });
  }
  if (problems.length) throw new Error(problems.join("\n"));
  return `${matrixRuns.length * SUBJECTS.length} type-checks, table below`;
});

// `npx <package> --port 0 ...` in the consumer project: the start line (printed in the table), GET /_health,
// an unsigned call refused as AWS refuses it, POST /_reset; then SIGTERM to npx. npm does not pass that signal on to
// the bin it started, so this also proves the endpoint stops by itself once npx is gone (its port closes).
async function npxLocalEndpoint(name, version) {
  const fixtures = join(root, "test", "local-endpoint", "fixtures", "audience-models.json");
  const args = ["--no", "--", name, "--port", "0", "--models", fixtures, "--sigv4", "AKIDCONSUMERCHECK:consumer-check-secret"];
  const child = spawn("npx", args, { cwd: app, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, NO_COLOR: "1" } });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (d) => (stdout += d));
  child.stderr.setEncoding("utf8").on("data", (d) => (stderr += d));
  const exited = new Promise((resolve) => child.once("exit", (code, signal) => resolve(code ?? signal)));
  const until = async (probe, what, ms = 60_000) => {
    for (const deadline = Date.now() + ms; Date.now() < deadline; await new Promise((r) => setTimeout(r, 100))) {
      const value = await probe();
      if (value) return value;
    }
    throw new Error(`${what} within ${ms / 1000} s`);
  };
  try {
    const startLine = await until(() => stdout.includes("\n") && stdout.split("\n")[0], "no start line");
    const url = /http:\/\/127\.0\.0\.1:\d+/.exec(startLine)?.[0];
    if (!url) throw new Error(`start line without a loopback URL: ${startLine}`);
    const health = await (await fetch(`${url}/_health`)).json();
    if (health.version !== version || health.audienceModels !== 3) throw new Error(`/_health said ${JSON.stringify(health)}`);
    const unsigned = await fetch(`${url}/audience-model/${encodeURIComponent("arn:aws:cleanrooms-ml:us-east-1:123456789012:audience-model/spring-lookalikes")}`);
    const errorType = unsigned.headers.get("x-amzn-errortype");
    if (unsigned.status !== 403 || errorType !== "MissingAuthenticationTokenException") throw new Error(`unsigned call got ${unsigned.status} ${errorType}`);
    const reset = await fetch(`${url}/_reset`, { method: "POST" });
    if (reset.status !== 200) throw new Error(`POST /_reset got ${reset.status}`);
    child.kill("SIGTERM");
    await exited;
    await until(() => fetch(`${url}/_health`).then(() => false, () => true), "the endpoint did not stop after npx was stopped", 10_000);
    return startLine;
  } finally {
    child.kill("SIGKILL");
    writeFileSync(join(logs, `npx-${name.replace(/\W+/g, "_")}.log`), `$ npx ${args.join(" ")}\n${stdout}${stderr}`);
  }
}

// publint lints the installed copy, i.e. exactly the files the tarball carries. Errors fail the check;
// warnings and suggestions are counted (the full messages are in the log).
async function publintSummary(pkgDir) {
  const { messages } = await publint({ pkgDir, pack: false, level: "suggestion" });
  const count = (t) => messages.filter((m) => m.type === t).length;
  writeFileSync(join(logs, `publint-${relative(join(app, "node_modules"), pkgDir).replace(/\W+/g, "_")}.json`), JSON.stringify(messages, null, 2));
  if (count("error")) throw new Error(`${count("error")} error(s): ${[...new Set(messages.filter((m) => m.type === "error").map((m) => m.code))].join(", ")}`);
  return `0 errors, ${count("warning")} warnings, ${count("suggestion")} suggestions`;
}

// (e) Browser bundle of a small app using the client: no Node built-in and no Node-only package in its inputs,
// and the browser runtime config (not the Node one) is what got bundled.
if (packed.some((p) => p.json.name === CLIENT)) {
  const result = await esbuild.build({
    entryPoints: [join(app, "browser-app.mjs")], bundle: true, platform: "browser", format: "esm", minify: true,
    outfile: join(app, "dist", "browser-app.js"), metafile: true, logLevel: "silent", absWorkingDir: app,
  }).then((r) => ({ ok: true, r }), (e) => ({ ok: false, e }));
  await check(CLIENT, "esbuild --platform=browser", () => {
    if (!result.ok) throw new Error(`bundle failed: ${result.e.errors?.[0]?.text ?? result.e.message}`);
    const { inputs, outputs } = result.r.metafile;
    writeFileSync(join(logs, "browser-metafile.json"), JSON.stringify(result.r.metafile, null, 2));
    const builtins = [];
    for (const [file, info] of Object.entries(inputs)) {
      if (NODE_BUILTINS.has(file)) builtins.push(file);
      for (const imp of info.imports) if (NODE_BUILTINS.has(imp.path)) builtins.push(`${imp.path} (from ${file})`);
    }
    if (builtins.length) throw new Error(`Node built-ins in bundle: ${builtins.slice(0, 4).join(", ")}`);
    const files = Object.keys(inputs);
    const nodeOnly = NODE_ONLY_PACKAGES.filter((pkg) => files.some((f) => f.includes(`node_modules/${pkg}/`)));
    if (nodeOnly.length) throw new Error(`Node-only packages in bundle: ${nodeOnly.join(", ")}`);
    const clientFiles = files.filter((f) => f.includes(`node_modules/${CLIENT}/`));
    if (!clientFiles.some((f) => f.endsWith("/dist-es/runtimeConfig.browser.js"))) throw new Error("runtimeConfig.browser.js not bundled");
    if (clientFiles.some((f) => f.endsWith("/dist-es/runtimeConfig.js"))) throw new Error("Node runtimeConfig.js bundled");
    if (clientFiles.some((f) => f.includes("/dist-cjs/"))) throw new Error("bundler picked dist-cjs, not dist-es");
    const bytes = Object.values(outputs).reduce((n, o) => n + o.bytes, 0);
    return `${files.length} inputs, 0 built-ins, ${(bytes / 1024).toFixed(0)} kB min`;
  });
}


// Table.
const w1 = Math.max(...results.map((r) => r.pkg.length), 7);
const w2 = Math.max(...results.map((r) => r.check.length), 5);
console.log(`\n${"package".padEnd(w1)}  ${"check".padEnd(w2)}  result  detail`);
for (const r of results) console.log(`${r.pkg.padEnd(w1)}  ${r.check.padEnd(w2)}  ${r.ok ? "PASS  " : "FAIL  "}  ${r.detail}`);
if (typeRows.length) {
  // The type matrix: error counts per cell ("= baseline's": every error is one AWS's own client shows in that cell).
  const heads = ["TypeScript", "resolution", "types", ...SUBJECTS.map((s) => s.key)];
  const body = typeRows.map((r) => [r.ts, r.res, r.setup, ...SUBJECTS.map((s) => r.cells[s.key]?.text ?? "-")]);
  const widths = heads.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
  console.log(`\ntype matrix (tsc --strict errors; consumer files: .ci/consumer/)`);
  for (const row of [heads, ...body]) console.log(row.map((c, i) => c.padEnd(widths[i])).join("  ").trimEnd());
}
const failed = results.filter((r) => !r.ok).length;
console.log(`consumer checks ${failed ? "FAILED" : "OK"}: ${results.length - failed} of ${results.length} checks pass (logs: ${relative(root, logs)})`);
if (failed === 0) rmSync(work, { recursive: true, force: true });
else console.log(`kept the consumer project for inspection: ${work}`);
process.exit(failed ? 1 : 0);
