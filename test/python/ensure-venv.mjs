#!/usr/bin/env node
// Makes build/python-venv hold exactly test/python/requirements.txt (boto3, the AWS CLI, pytest), so the Python
// tests of the local endpoint run on a fresh clone. .ci/run calls it as its own step; npm test (test/run-all.mjs)
// calls it too, and it does nothing when the venv was made from the same requirements (a hash stamp says so).
// Uses `python3` from PATH, or $PYTHON. Exits non-zero, saying why, when Python or PyPI cannot be had.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
export const VENV = join(root, "build", "python-venv");
export const VENV_PYTHON = join(VENV, "bin", "python");
const REQUIREMENTS = join(here, "requirements.txt");
const STAMP = join(VENV, ".requirements-sha256");

function run(cmd, args, log) {
  const r = spawnSync(cmd, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  if (r.status !== 0) {
    const out = `${r.stdout ?? ""}${r.stderr ?? ""}${r.error ? String(r.error) : ""}`.trim().split("\n").slice(-15).join("\n");
    throw new Error(`${log} failed (exit ${r.status ?? r.error?.code}):\n$ ${cmd} ${args.join(" ")}\n${out}`);
  }
  return r.stdout;
}

/** Returns the venv's python, creating or refreshing the venv when needed. Throws with the reason otherwise. */
export function ensureVenv({ quiet = false } = {}) {
  const say = (line) => quiet || console.log(line);
  const wanted = createHash("sha256").update(readFileSync(REQUIREMENTS)).digest("hex");
  if (existsSync(VENV_PYTHON) && existsSync(STAMP) && readFileSync(STAMP, "utf8").trim() === wanted) {
    say(`python venv: ${relative(root, VENV)} is up to date with test/python/requirements.txt`);
    return VENV_PYTHON;
  }
  const python = process.env.PYTHON ?? "python3";
  rmSync(VENV, { recursive: true, force: true });
  say(`python venv: creating ${relative(root, VENV)} with ${python} (${run(python, ["--version"], "python3 --version").trim()})`);
  run(python, ["-m", "venv", VENV], `${python} -m venv (Debian needs: apt-get install python3-venv)`);
  run(VENV_PYTHON, ["-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--no-input", "-r", REQUIREMENTS], "pip install -r test/python/requirements.txt");
  writeFileSync(STAMP, `${wanted}\n`);
  const versions = run(VENV_PYTHON, ["-c", "import boto3, botocore, pytest, awscli; print(f'boto3 {boto3.__version__}, botocore {botocore.__version__}, awscli {awscli.__version__}, pytest {pytest.__version__}')"], "import check");
  say(`python venv: installed ${versions.trim()}`);
  return VENV_PYTHON;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    ensureVenv();
  } catch (err) {
    console.error(err.message);
    process.exit(1);
  }
}
