// What the local endpoint knows about the service comes from the Smithy model, not from a retyped copy:
// the committed facts file must match the build output and follow a changed model, and the input checks
// must be the generated client's constraint table, sitting exactly on the model's bounds.
import { checkGetAudienceModelInput, CONTROL_ROUTES } from "@cleanroomsml-sdk/local-endpoint";
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");
const MODEL_JSON = join(ROOT, "build", "smithy", "client", "model", "model.json");
const EXTRACTOR = join(ROOT, "packages", "local-endpoint", "scripts", "extract-service-model.mjs");
const hasBuildOutput = existsSync(MODEL_JSON);

const generated = (file: string) => readFileSync(join(ROOT, "packages", "local-endpoint", "src", "generated", file), "utf8");

describe("the local endpoint's service facts", () => {
  it("carry the package's version for GET /_health (stale after a version bump until npm run generate)", () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, "packages", "local-endpoint", "package.json"), "utf8"));
    expect(generated("version.ts")).toContain(`export const PACKAGE_VERSION = ${JSON.stringify(version)};`);
  });

  it("put the operation's route outside /_, where the endpoint's own routes live", () => {
    const uri = /"uri": "([^"]+)"/.exec(generated("service-model.ts"))?.[1];
    expect(uri).toBe("/audience-model/{audienceModelArn}");
    expect(Object.keys(CONTROL_ROUTES)).toEqual(["/_health", "/_reset"]);
    for (const route of Object.keys(CONTROL_ROUTES)) expect(uri!.split("/")[1]).not.toBe(route.slice(1));
  });

  (hasBuildOutput ? it : it.skip)("refuse a model whose operation URI starts with /_ (it would collide with the control routes)", () => {
    const script = `
      import { extract } from ${JSON.stringify(EXTRACTOR)};
      import { readFileSync } from "node:fs";
      const model = JSON.parse(readFileSync(${JSON.stringify(MODEL_JSON)}, "utf8"));
      model.shapes["com.amazonaws.cleanroomsml#GetAudienceModel"].traits["smithy.api#http"].uri = "/_health/{audienceModelArn}";
      extract(model);`;
    const r = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain("starts with /_, where the local endpoint's /_health and /_reset live");
  });

  // Without `npm run generate` there is no build output to compare with; the run says so by skipping.
  (hasBuildOutput ? it : it.skip)("match the current Smithy build output (committed file is not stale)", () => {
    const r = spawnSync(process.execPath, [EXTRACTOR, "--check"], { encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain("up to date with the model");
    expect(r.status).toBe(0);
  });

  (hasBuildOutput ? it : it.skip)("follow a change to the model's route and error codes", () => {
    const script = `
      import { extract } from ${JSON.stringify(EXTRACTOR)};
      import { readFileSync } from "node:fs";
      const model = JSON.parse(readFileSync(${JSON.stringify(MODEL_JSON)}, "utf8"));
      const ns = "com.amazonaws.cleanroomsml#";
      model.shapes[ns + "GetAudienceModel"].traits["smithy.api#http"].uri = "/v2/audience-models/{audienceModelArn}";
      model.shapes[ns + "ThrottlingException"].traits["smithy.api#httpError"] = 503;
      const facts = extract(model);
      console.log(JSON.stringify([facts.operation.uri, facts.errors.ThrottlingException.httpStatus]));`;
    const r = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout)).toEqual(["/v2/audience-models/{audienceModelArn}", 503]);
  });
});

// The endpoint stands in for the service, which enforces every constraint. A client may check less by default
// (botocore checks only required, type and minimum length), so these pin the endpoint to the full rule set:
// a pattern-breaking ARN of valid length and a too-long ARN must be refused here whatever a client does.
describe("checkGetAudienceModelInput enforces every audienceModelArn constraint, on the model's bounds", () => {
  const prefix = "arn:aws:cleanrooms-ml:us-east-1:123456789012:audience-model/";
  const ofLength = (n: number) => prefix + "m".repeat(n - prefix.length);

  it.each([
    ["the longest allowed ARN (2048)", ofLength(2048), undefined],
    ["one past the maximum (2049)", ofLength(2049), /must be between 20 and 2048 characters long, but is 2049/],
    ["a 19-character value", "arn:aws:cleanrooms-", /must be between 20 and 2048 characters long, but is 19/],
    ["a partition suffix such as aws-cn", "arn:aws-cn:cleanrooms-ml:cn-north-1:123456789012:audience-model/m", undefined],
    ["an 11-digit account", "arn:aws:cleanrooms-ml:us-east-1:12345678901:audience-model/m", /must match the pattern/],
    ["a training dataset ARN", "arn:aws:cleanrooms-ml:us-east-1:123456789012:training-dataset/m", /must match the pattern/],
    ["a trailing newline (the pattern is anchored)", `${prefix}m\n`, /must match the pattern/],
    ["a missing ARN", undefined, /audienceModelArn is required/],
  ])("%s", (_what, value, problem) => {
    const result = checkGetAudienceModelInput({ audienceModelArn: value });
    if (problem === undefined) expect(result).toBeUndefined();
    else expect(result).toMatch(problem);
    if (problem !== undefined) expect(result).toMatch(/^1 validation error detected: audienceModelArn /);
  });
});
