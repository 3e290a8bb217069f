// Install footprint: pack each client's package, install the tarball into a fresh temp project with npm
// (production dependencies only, as a user gets it), then count bytes on disk and installed packages.
import { execFileSync } from "node:child_process";
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// Apparent size of every regular file (symlinks not followed), and the npm packages found (dirs with package.json
// directly under node_modules or a scope).
function walk(dir) {
  let bytes = 0;
  let files = 0;
  for (const ent of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, ent.name);
    if (ent.isDirectory()) { const s = walk(p); bytes += s.bytes; files += s.files; }
    else if (ent.isFile()) { bytes += lstatSync(p).size; files += 1; }
  }
  return { bytes, files };
}
function countPackages(nodeModules) {
  let n = 0;
  for (const ent of readdirSync(nodeModules, { withFileTypes: true })) {
    if (!ent.isDirectory() || ent.name.startsWith(".")) continue;
    const p = join(nodeModules, ent.name);
    if (ent.name.startsWith("@")) { n += countPackages(p); continue; }
    n += 1;
    try { if (lstatSync(join(p, "node_modules")).isDirectory()) n += countPackages(join(p, "node_modules")); } catch {}
  }
  return n;
}

export function measureFootprint({ packages, workDir, offline }) {
  mkdirSync(workDir, { recursive: true });
  const out = {};
  for (const [name, pkgDir] of Object.entries(packages)) {
    // --ignore-scripts: pack what is already built; the packages' prepack hooks would rebuild them.
    const packed = JSON.parse(execFileSync("npm", ["pack", pkgDir, "--json", "--ignore-scripts", "--pack-destination", workDir],
      { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }))[0];
    const tarball = join(workDir, packed.filename);
    const project = mkdtempSync(join(tmpdir(), `bench-footprint-${name}-`));
    try {
      writeFileSync(join(project, "package.json"), JSON.stringify({ name: `footprint-${name}`, version: "1.0.0", private: true }));
      execFileSync("npm", ["install", tarball, "--omit=dev", "--no-audit", "--no-fund", "--ignore-scripts", "--no-package-lock",
        ...(offline ? ["--prefer-offline"] : [])], { cwd: project, stdio: ["ignore", "pipe", "pipe"] });
      const nm = join(project, "node_modules");
      const { bytes, files } = walk(nm);
      out[name] = { tarball: packed.filename, tarballBytes: packed.size, unpackedBytes: packed.unpackedSize,
        installedBytes: bytes, installedFiles: files, packages: countPackages(nm) };
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  }
  return out;
}
