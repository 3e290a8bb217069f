// The workspaces this repository publishes to npm: every packages/* with a package.json that is not private.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** [{ dir (absolute), json (its package.json) }] */
export function publishablePackages(root) {
  return readdirSync(join(root, "packages"))
    .map((dir) => join(root, "packages", dir))
    .filter((dir) => existsSync(join(dir, "package.json")))
    .map((dir) => ({ dir, json: JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) }))
    .filter((p) => !p.json.private);
}
