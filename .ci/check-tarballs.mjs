#!/usr/bin/env node
// What `npm publish` would upload, checked file by file. Run after `npm run build`.
//   node .ci/check-tarballs.mjs [--out DIR] [package dir ...]
// Each publishable workspace (or each directory given) is packed with `npm pack --ignore-scripts` (the files the
// build left; the release workflow publishes exactly these tarballs) and every file in the tarball must be allowed by
// the package's own package.json: its `files` patterns, its `bin` targets, and what npm always adds (package.json,
// README*, LICENSE*/LICENCE*). Whatever `files` says, a tarball never carries tests, `.env`-like files, `.npmrc`,
// TypeScript build info or tarballs; source maps only when `files` names them (a pattern ending in `.map`).
// Prints each tarball's file list. With --out, the tarballs are kept there with SHA256SUMS beside them; otherwise
// they are packed into a temporary directory and removed. Exit 0: all clean; 1: a file that should not ship.
import { createHash } from "node:crypto";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { publishablePackages } from "./lib/publishable-packages.mjs";

const { minimatch } = createRequire(import.meta.url)("minimatch");

const ALWAYS = [/^package\.json$/, /^readme(\.[^/]*)?$/i, /^licen[cs]e(\.[^/]*)?$/i];
const NEVER = [
  [/(^|\/)(test|tests|__tests__|__mocks__)\//, "a test directory"],
  [/\.(spec|test)\.[cm]?[jt]sx?$/, "a test file"],
  [/(^|\/)\.env(\.[^/]*)?$/, "an .env file"],
  [/(^|\/)\.npmrc$/, "an .npmrc"],
  [/\.tsbuildinfo$/, "TypeScript build info"],
  [/\.tgz$/, "a tarball"],
];

const normal = (p) => p.replace(/^\.\//, "").replace(/\/$/, "");

/** The allow-list a package.json implies: a function from a tarball path to a reason it may ship, or undefined. */
export function allowList(pkg) {
  const bins = typeof pkg.bin === "string" ? [pkg.bin] : Object.values(pkg.bin ?? {});
  const binFiles = new Set(bins.map(normal));
  const patterns = (pkg.files ?? []).map(String);
  const include = patterns.filter((p) => !p.startsWith("!")).map(normal);
  const exclude = patterns.filter((p) => p.startsWith("!")).map((p) => normal(p.slice(1)));
  // npm reads a `files` entry as a glob, and an entry naming a directory takes everything beneath it.
  const matches = (path, pattern) => minimatch(path, pattern, { dot: true }) || minimatch(path, `${pattern}/**`, { dot: true });
  const mapsIntended = include.some((p) => /\.map$/.test(p));
  return (path) => {
    if (ALWAYS.some((re) => re.test(path))) return "always packed by npm";
    if (binFiles.has(path)) return "bin";
    const never = NEVER.find(([re]) => re.test(path));
    if (never) return undefined;
    if (path.endsWith(".map") && !mapsIntended) return undefined;
    if (exclude.some((p) => matches(path, p))) return undefined;
    const pattern = include.find((p) => matches(path, p));
    return pattern ? `files: ${pattern}` : undefined;
  };
}

/** Why a path is refused: the specific rule, or "not in files/bin". */
export function refusal(pkg, path) {
  const never = NEVER.find(([re]) => re.test(path));
  if (never) return never[1];
  if (path.endsWith(".map") && !(pkg.files ?? []).some((p) => /\.map$/.test(p))) return "a source map `files` does not ask for";
  return "not in package.json `files` or `bin`";
}

/** For each path: { path, ok, why } (why: the rule that allows it, or the reason it is refused). */
export function explain(pkg, paths) {
  const allowed = allowList(pkg);
  return paths.map((path) => {
    const why = allowed(path);
    return { path, ok: Boolean(why), why: why ?? refusal(pkg, path) };
  });
}

/** Packs one package directory; returns { name, version, filename, files: [{ path, size }] }. */
export function pack(dir, destination) {
  const r = spawnSync("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", destination], { cwd: dir, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`npm pack failed in ${dir}:\n${r.stderr}`);
  const [info] = JSON.parse(r.stdout.slice(r.stdout.indexOf("[")));
  return info;
}

export const sha256 = (file) => createHash("sha256").update(readFileSync(file)).digest("hex");

function main() {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { out: { type: "string" } } });
  const dirs = positionals.length ? positionals.map((d) => resolve(d)) : publishablePackages(root).map((p) => p.dir);
  const out = values.out ? resolve(values.out) : mkdtempSync(join(tmpdir(), "check-tarballs-"));
  mkdirSync(out, { recursive: true });
  let bad = 0;
  const sums = [];
  try {
    for (const dir of dirs) {
      const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
      const info = pack(dir, out);
      const sum = sha256(join(out, info.filename));
      sums.push(`${sum}  ${info.filename}`);
      console.log(`${info.filename} (${info.files.length} files, ${(info.size / 1024).toFixed(1)} kB packed, sha256 ${sum.slice(0, 16)}…) from ${relative(root, dir) || dir}`);
      const sizes = new Map(info.files.map((f) => [f.path, f.size]));
      for (const { path, ok, why } of explain(pkg, [...sizes.keys()])) {
        if (!ok) bad += 1;
        console.log(`  ${ok ? "ok " : "BAD"} ${path.padEnd(60)} ${String(sizes.get(path)).padStart(8)}  ${why}`);
      }
      if (!info.files.some((f) => /^dist-[^/]+\//.test(f.path))) {
        bad += 1;
        console.log("  BAD no dist-* files: run `npm run build` first");
      }
    }
    if (values.out) writeFileSync(join(out, "SHA256SUMS"), `${sums.join("\n")}\n`);
  } finally {
    if (!values.out) rmSync(out, { recursive: true, force: true });
  }
  console.log(bad ? `tarball check: ${bad} file(s) must not ship` : `tarball check: ${dirs.length} tarball(s) carry only what package.json allows${values.out ? ` (kept in ${relative(root, out)}, SHA256SUMS beside them)` : ""}`);
  return bad ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main();
