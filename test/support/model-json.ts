// The Smithy model as its JSON AST, for tests that read facts straight from the model (endpoint test cases, @cors)
// instead of retyping them. codegen/smithy-cli.mjs decides which AST is current: the one `npm run generate` left, or,
// when that is missing or older than a file in model/ (a fresh clone that went straight to `npm run build`), one the
// pinned Smithy CLI builds into build/model-ast. Both are build outputs, never committed.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");
export const SERVICE_ID = "com.amazonaws.cleanroomsml#AWSStarkControlService";

export interface ModelJson {
  shapes: Record<string, { type: string; traits?: Record<string, any>; [k: string]: unknown }>;
}

let located: string | undefined;
const astPath = (): string =>
  (located ??= execFileSync(process.execPath, [join(ROOT, "codegen", "smithy-cli.mjs"), "ast"],
    { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] }).trim());

/** Path of an up-to-date model AST, building one first when needed. Call from jest's global setup (one process). */
export function ensureModelJson(): string {
  return astPath();
}

/** Reads the AST that ensureModelJson() prepared (a fresh one is only located here, never rebuilt in a worker). */
export function loadModelJson(): ModelJson {
  return JSON.parse(readFileSync(astPath(), "utf8"));
}

export const serviceTraits = (model: ModelJson): Record<string, any> => {
  const service = model.shapes[SERVICE_ID];
  if (!service?.traits) throw new Error(`service ${SERVICE_ID} not found in the model AST`);
  return service.traits;
};
