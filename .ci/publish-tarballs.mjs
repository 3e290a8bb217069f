#!/usr/bin/env node
// The release workflow's publish job: publishes the tarballs the build job packed and checked, nothing else.
//   node .ci/publish-tarballs.mjs <dir with the tarballs and SHA256SUMS> --sums-sha256 <hex> [--dry-run | --plan]
// 1. SHA256SUMS must have the digest the build job put in its outputs (an artifact can be replaced; a job output
//    cannot), and every tarball the digest it lists there.
// 2. Each tarball's name and version come from its own package.json; a version already on the registry is skipped,
//    as `changeset publish` does, so re-running the job is safe.
// 3. The rest go out with `npm publish <tarball> --provenance --access public`. In the workflow npm authenticates by
//    trusted publishing (OIDC; npm >= 11.5.1), so no token exists anywhere.
// Writes published=<JSON [{ name, version }]> to $GITHUB_OUTPUT when set. Exit 1 on any mismatch or failure.
// --plan publishes nothing: it writes unpublished=<count> (the build job uses it to skip the publish job, and its
// approval, when every version is already on npm).
import { createHash } from "node:crypto";
import { execFileSync, spawnSync } from "node:child_process";
import { appendFileSync, existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const sha256 = (file) => createHash("sha256").update(readFileSync(file)).digest("hex");

/** [{ file, sha256 }] from SHA256SUMS, after checking the file itself and every tarball it lists. */
export function verifiedTarballs(dir, sumsSha256) {
  const sumsFile = join(dir, "SHA256SUMS");
  if (!existsSync(sumsFile)) throw new Error(`no SHA256SUMS in ${dir}`);
  const actual = sha256(sumsFile);
  if (actual !== sumsSha256) throw new Error(`SHA256SUMS is not the build job's (sha256 ${actual}, expected ${sumsSha256})`);
  const entries = readFileSync(sumsFile, "utf8").trim().split("\n").filter(Boolean).map((line) => {
    const [, digest, name] = line.match(/^([0-9a-f]{64}) {2}([^/\\]+\.tgz)$/) ?? [];
    if (!digest) throw new Error(`unreadable SHA256SUMS line: ${line}`);
    return { file: join(dir, name), sha256: digest };
  });
  if (entries.length === 0) throw new Error("SHA256SUMS lists no tarball");
  for (const e of entries) {
    if (!existsSync(e.file)) throw new Error(`${e.file} is missing`);
    const got = sha256(e.file);
    if (got !== e.sha256) throw new Error(`${e.file} does not match SHA256SUMS (sha256 ${got}, expected ${e.sha256})`);
  }
  return entries;
}

const manifest = (tarball) => JSON.parse(execFileSync("tar", ["-xzOf", tarball, "package/package.json"], { encoding: "utf8" }));

/** Whether name@version is on the registry: true, false (E404), or throws on any other answer. */
export function isPublished(name, version) {
  const r = spawnSync("npm", ["view", `${name}@${version}`, "version", "--json"], { encoding: "utf8" });
  if (r.status === 0) return r.stdout.trim() !== "";
  if (/E404|404 Not Found|is not in this registry/.test(`${r.stdout}${r.stderr}`)) return false;
  throw new Error(`npm view ${name}@${version} failed:\n${r.stderr}`);
}

function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { "sums-sha256": { type: "string" }, "dry-run": { type: "boolean", default: false }, plan: { type: "boolean", default: false } },
  });
  const [dir] = positionals;
  if (!dir || !values["sums-sha256"]) {
    console.error("usage: node .ci/publish-tarballs.mjs <dir> --sums-sha256 <hex> [--dry-run]");
    return 2;
  }
  let tarballs;
  try {
    tarballs = verifiedTarballs(resolve(dir), values["sums-sha256"]);
  } catch (e) {
    console.error(`publish: refusing to publish: ${e.message}`);
    return 1;
  }
  console.log(`publish: ${tarballs.length} tarball(s) match the build job's SHA256SUMS`);
  const published = [];
  let unpublished = 0;
  for (const { file, sha256: digest } of tarballs) {
    const { name, version } = manifest(file);
    if (isPublished(name, version)) {
      console.log(`  ${name}@${version}: already on the registry, skipped`);
      continue;
    }
    unpublished += 1;
    if (values.plan) {
      console.log(`  ${name}@${version}: not on the registry yet`);
      continue;
    }
    const args = ["publish", file, "--provenance", "--access", "public", ...(values["dry-run"] ? ["--dry-run"] : [])];
    console.log(`  ${name}@${version}: npm ${args.join(" ")} (sha256 ${digest})`);
    const r = spawnSync("npm", args, { stdio: "inherit" });
    if (r.status !== 0) {
      console.error(`publish: npm publish failed for ${name}@${version} (exit ${r.status})`);
      return 1;
    }
    published.push({ name, version });
  }
  if (values.plan) {
    console.log(`publish plan: ${unpublished} version(s) to publish`);
    if (process.env.GITHUB_OUTPUT) appendFileSync(process.env.GITHUB_OUTPUT, `unpublished=${unpublished}\n`);
    return 0;
  }
  console.log(`publish: ${published.length ? published.map((p) => `${p.name}@${p.version}`).join(", ") : "nothing new"}${values["dry-run"] ? " (dry run)" : ""}`);
  if (process.env.GITHUB_OUTPUT) appendFileSync(process.env.GITHUB_OUTPUT, `published=${JSON.stringify(published)}\n`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main();
