// Node.js binaries for the CI's Node-version matrix, from the npm registry: the project publishes each release as the
// package node-<platform>-<arch> (bin/node inside). Installed once per exact version into a cache outside the
// repository, so a fresh clone on the same machine reuses it and needs no network; npm's own cache (--prefer-offline)
// serves a reinstall. Installs go to a temporary folder renamed into place, so concurrent runs never see half a binary.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

export const NODE_BINARY_CACHE = process.env.NODE_BINARY_CACHE ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), ".cache"), "cleanroomsml-sdk", "node");

const versionOf = (bin) => spawnSync(bin, ["--version"], { encoding: "utf8" }).stdout?.trim();

/** Path of a `node` binary of exactly `version` (e.g. "24.11.1"), installing it on first use. */
export function nodeBinary(version) {
  const pkg = `node-${process.platform}-${process.arch}`;
  const dir = join(NODE_BINARY_CACHE, `${pkg}-${version}`);
  const bin = join(dir, "node_modules", pkg, "bin", "node");
  if (existsSync(bin) && versionOf(bin) === `v${version}`) return bin;

  const staging = `${dir}.partial-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  writeFileSync(join(staging, "package.json"), JSON.stringify({ name: "node-binary", private: true }));
  const r = spawnSync("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", "--no-package-lock", "--ignore-scripts",
    `${pkg}@${version}`], { cwd: staging, encoding: "utf8" });
  const staged = join(staging, "node_modules", pkg, "bin", "node");
  if (r.status !== 0 || versionOf(staged) !== `v${version}`) {
    rmSync(staging, { recursive: true, force: true });
    throw new Error(`could not install ${pkg}@${version} from the npm registry (npm exit ${r.status}):\n${r.stderr?.slice(-1500)}`);
  }
  rmSync(dir, { recursive: true, force: true });
  try {
    renameSync(staging, dir);
  } catch (e) {
    // Another run put the same version in place first: use that one.
    rmSync(staging, { recursive: true, force: true });
    if (!(existsSync(bin) && versionOf(bin) === `v${version}`)) throw e;
  }
  return bin;
}
