// npm `overrides` that pin a fresh consumer project to the dependency versions in this repository's lockfile.
// Why: the registry mirror this project builds from can serve a new release of a package before the sibling
// versions it requires (ETARGET on a fresh install). Pinning to the lockfile makes a fresh install test exactly
// the tree CI tested, and keeps the check reproducible; the tarballs' own version ranges are unchanged.
import { readFileSync } from "node:fs";
import { join } from "node:path";

export function lockfileOverrides(root, { except = [] } = {}) {
  const lock = JSON.parse(readFileSync(join(root, "package-lock.json"), "utf8"));
  const skip = new Set(except);
  const overrides = {};
  for (const [path, entry] of Object.entries(lock.packages ?? {})) {
    // Only hoisted entries ("node_modules/<name>"); nested copies and workspace links are left to npm.
    const name = path.startsWith("node_modules/") ? path.slice("node_modules/".length) : "";
    if (!name || name.includes("/node_modules/") || entry.link || !entry.version || skip.has(name)) continue;
    overrides[name] = entry.version;
  }
  return overrides;
}
