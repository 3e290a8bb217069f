// Install footprint: pack each client's package, install the tarball into a fresh temp project with npm
// (production dependencies only, as a user gets it), then count bytes on disk and installed packages.
// If the registry cannot resolve a fresh install (it happens: a newly published package can require a version of a
// sibling the registry does not serve yet), the same figures are computed from the dependency closure as installed
// in this repository, and the result says which method produced it.
import { execFileSync } from "node:child_process";
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { lockfileOverrides } from "../../.ci/lib/lockfile-overrides.mjs";

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

// Apparent size of every regular file (symlinks not followed); `skip` names subdirectories left out.
function walk(dir, skip = new Set()) {
  let bytes = 0;
  let files = 0;
  for (const ent of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, ent.name);
    if (ent.isDirectory()) { if (skip.has(ent.name)) continue; const s = walk(p); bytes += s.bytes; files += s.files; }
    else if (ent.isFile()) { bytes += lstatSync(p).size; files += 1; }
  }
  return { bytes, files };
}
// npm packages found under a node_modules tree (dirs directly under node_modules or a scope, nested ones too).
function countPackages(nodeModules) {
  let n = 0;
  for (const ent of readdirSync(nodeModules, { withFileTypes: true })) {
    if (!ent.isDirectory() || ent.name.startsWith(".")) continue;
    const p = join(nodeModules, ent.name);
    if (ent.name.startsWith("@")) { n += countPackages(p); continue; }
    n += 1;
    if (existsSync(join(p, "node_modules"))) n += countPackages(join(p, "node_modules"));
  }
  return n;
}

// Where Node would find `name` from `fromDir`: the nearest node_modules/<name> walking up.
function resolvePackageDir(name, fromDir) {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const candidate = join(dir, "node_modules", name);
    if (existsSync(join(candidate, "package.json"))) return realpathSync(candidate);
    if (dirname(dir) === dir) return undefined;
  }
}
// The production dependency closure of `pkgDir` as installed here: every package Node would load, counted once.
// The package itself counts as packed (`packed`: npm pack's figures), not as its working directory.
function installedClosure(pkgDir, packed) {
  const root = realpathSync(pkgDir);
  const seen = new Set();
  const queue = [root];
  let bytes = 0; let files = 0;
  while (queue.length) {
    const dir = queue.shift();
    if (seen.has(dir)) continue;
    seen.add(dir);
    if (dir === root) { bytes += packed.unpackedSize; files += packed.entryCount; }
    else { const s = walk(dir, new Set(["node_modules"])); bytes += s.bytes; files += s.files; }
    const pj = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
    for (const dep of Object.keys({ ...pj.dependencies, ...pj.optionalDependencies })) {
      const found = resolvePackageDir(dep, dir);
      if (found) queue.push(found);
      else if (!(pj.optionalDependencies ?? {})[dep]) throw new Error(`${pj.name}: dependency ${dep} is not installed`);
    }
  }
  return { installedBytes: bytes, installedFiles: files, packages: seen.size };
}

export function measureFootprint({ packages, workDir: dir, offline, log = () => {} }) {
  const workDir = resolve(dir); // npm runs in the temp project, so the tarball path must be absolute
  mkdirSync(workDir, { recursive: true });
  const out = {};
  for (const [name, pkgDir] of Object.entries(packages)) {
    // --ignore-scripts: pack what is already built; the packages' prepack hooks would rebuild them.
    const packed = JSON.parse(execFileSync("npm", ["pack", pkgDir, "--json", "--ignore-scripts", "--pack-destination", workDir],
      { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }))[0];
    const tarball = join(workDir, packed.filename);
    const base = { tarball: packed.filename, tarballBytes: packed.size, unpackedBytes: packed.unpackedSize };
    const project = mkdtempSync(join(tmpdir(), `bench-footprint-${name}-`));
    try {
      // Pinned to this repo's lockfile, so both clients install the same runtime versions that were measured.
      const overrides = lockfileOverrides(repoRoot, { except: [packed.name] });
      writeFileSync(join(project, "package.json"), JSON.stringify({ name: `footprint-${name}`, version: "1.0.0", private: true, overrides }));
      execFileSync("npm", ["install", tarball, "--omit=dev", "--no-audit", "--no-fund", "--ignore-scripts", "--no-package-lock",
        ...(offline ? ["--prefer-offline"] : [])], { cwd: project, stdio: ["ignore", "pipe", "pipe"] });
      const nm = join(project, "node_modules");
      const { bytes, files } = walk(nm);
      out[name] = { ...base, method: "npm install of the tarball into a fresh project",
        installedBytes: bytes, installedFiles: files, packages: countPackages(nm) };
    } catch (e) {
      const reason = String(e.stderr ?? e.message).split("\n").filter((l) => /error/i.test(l)).slice(0, 2).join(" ") || String(e.message);
      log(`footprint ${name}: fresh install failed (${reason}); using the installed dependency closure instead`);
      out[name] = { ...base, method: "dependency closure as installed in this repository (fresh install failed)",
        installError: reason, ...installedClosure(pkgDir, packed) };
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  }
  return out;
}
