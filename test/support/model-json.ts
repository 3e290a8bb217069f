// The Smithy model as its JSON AST, for tests that read facts straight from the model (endpoint test cases, @cors)
// instead of retyping them. codegen/smithy-cli.mjs decides which AST is current: the one `npm run generate` left, or,
// when that is missing or older than a file in model/ (a fresh clone that went straight to `npm run build`), one the
// pinned Smithy CLI builds into build/model-ast. Both are build outputs, never committed.
//
// Only the suites that read the model ask for it (loadModelJson, at their first use), so a suite that needs nothing
// but Node never waits for, or needs, Java. Without Java and Maven and with no current AST on disk, those suites skip
// with the reason in their title (whenModelJson); in CI (CI set) they never skip: the build is attempted and fails
// loudly.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");
const SMITHY_CLI = join(ROOT, "codegen", "smithy-cli.mjs");
export const SERVICE_ID = "com.amazonaws.cleanroomsml#AWSStarkControlService";

export interface ModelJson {
  shapes: Record<string, { type: string; traits?: Record<string, any>; [k: string]: unknown }>;
}

let located: string | undefined;
const locate = (stderr: "inherit" | "ignore"): string =>
  execFileSync(process.execPath, [SMITHY_CLI, "ast"], { encoding: "utf8", stdio: ["ignore", "pipe", stderr] }).trim();

/** Runs `build` holding a lock, so jest workers asking at the same time build the AST once. */
function withBuildLock<T>(build: () => T): T {
  const lock = join(ROOT, "build", ".model-ast.lock");
  mkdirSync(join(ROOT, "build"), { recursive: true });
  for (let waited = 0; ; waited += 1) {
    try {
      mkdirSync(lock);
      break;
    } catch (e: any) {
      if (e.code !== "EEXIST" || waited > 1200) throw new Error(`cannot take ${lock} (remove it if no test run is building the model)`, { cause: e });
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250);
    }
  }
  try {
    return build();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** Path of an up-to-date model AST, building one first when needed (with Java and Maven). */
export function ensureModelJson(): string {
  return (located ??= withBuildLock(() => locate("inherit")));
}

/** The model AST, built first if needed; fails loudly rather than guessing. */
export function loadModelJson(): ModelJson {
  return JSON.parse(readFileSync(ensureModelJson(), "utf8"));
}

/** Why this machine cannot have the model AST (none current on disk, and no Java or Maven to build one), or undefined. */
export function modelJsonUnavailable(): string | undefined {
  if (process.env.CI) return undefined;
  const missing = ["java", "mvn"].filter((cmd) => spawnSync(cmd, ["-version"], { stdio: "ignore" }).error !== undefined);
  if (missing.length === 0) return undefined;
  try {
    // A current AST (from `npm run generate`) is found without Java; a stale or missing one would need it.
    located ??= withBuildLock(() => locate("ignore"));
    return undefined;
  } catch {
    return `needs the model AST: run npm run generate, or install ${missing.join(" and ")}`;
  }
}

/** Defines the suites in `define` when the model AST can be had; otherwise one skipped test that says why. */
export function whenModelJson(title: string, define: () => void): void {
  const reason = modelJsonUnavailable();
  if (reason === undefined) define();
  else describe(title, () => it.skip(`[skipped: ${reason}]`, () => undefined));
}

export const serviceTraits = (model: ModelJson): Record<string, any> => {
  const service = model.shapes[SERVICE_ID];
  if (!service?.traits) throw new Error(`service ${SERVICE_ID} not found in the model AST`);
  return service.traits;
};
