// The Smithy model as its JSON AST, for tests that read facts straight from the model (endpoint test cases, @cors)
// instead of retyping them. `npm run generate` leaves the AST at build/smithy/client/model/model.json; when that is
// missing or older than a file in model/ (a fresh clone that went straight to `npm run build`), the pinned Smithy CLI
// (codegen/smithy-cli.mjs) builds it into build/test-model. Both are build outputs, never committed.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");
const GENERATED_AST = join(ROOT, "build", "smithy", "client", "model", "model.json");
const TEST_BUILD = join(ROOT, "build", "test-model");
const TEST_AST = join(TEST_BUILD, "smithy", "source", "model", "model.json");
export const SERVICE_ID = "com.amazonaws.cleanroomsml#AWSStarkControlService";

export interface ModelJson {
  shapes: Record<string, { type: string; traits?: Record<string, any>; [k: string]: unknown }>;
}

const newestModelFile = (): number =>
  Math.max(...readdirSync(join(ROOT, "model")).filter((f) => f.endsWith(".smithy")).map((f) => statSync(join(ROOT, "model", f)).mtimeMs));

const freshAt = (file: string): boolean => existsSync(file) && statSync(file).mtimeMs >= newestModelFile();

/** Builds the AST with the pinned Smithy CLI (codegen/smithy-cli.mjs: only the trait models are needed, not the generator). */
function buildAst(): void {
  const config = join(TEST_BUILD, "smithy-build.json");
  mkdirSync(TEST_BUILD, { recursive: true });
  // No plugins: the built-in "source" projection alone writes model.json.
  writeFileSync(config, JSON.stringify({ version: "1.0", sources: [join(ROOT, "model")] }));
  execFileSync(process.execPath, [join(ROOT, "codegen", "smithy-cli.mjs"), "build", "--discover", "--quiet", "-c", config,
    "--output", join(TEST_BUILD, "smithy")], { stdio: "inherit" });
}

/** Path of an up-to-date model AST, building one first when needed. Call from jest's global setup (one process). */
export function ensureModelJson(): string {
  if (freshAt(GENERATED_AST)) return GENERATED_AST;
  if (!freshAt(TEST_AST)) buildAst();
  return TEST_AST;
}

/** Reads the AST that ensureModelJson() prepared; fails loudly rather than guessing. */
export function loadModelJson(): ModelJson {
  const file = freshAt(GENERATED_AST) ? GENERATED_AST : TEST_AST;
  if (!existsSync(file)) throw new Error(`no model AST at ${file}; jest's global setup (ensureModelJson) should have built it`);
  return JSON.parse(readFileSync(file, "utf8"));
}

export const serviceTraits = (model: ModelJson): Record<string, any> => {
  const service = model.shapes[SERVICE_ID];
  if (!service?.traits) throw new Error(`service ${SERVICE_ID} not found in the model AST`);
  return service.traits;
};
