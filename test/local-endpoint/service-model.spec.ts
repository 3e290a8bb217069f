// What the local endpoint knows about the service comes from the Smithy model, not from a retyped copy:
// the committed facts file must match the build output and follow a changed model, and the input checks
// must be the generated client's constraint table, sitting exactly on the model's bounds.
import { checkGetAudienceModelInput } from "@cleanroomsml-sdk/local-endpoint";
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");
const MODEL_JSON = join(ROOT, "build", "smithy", "client", "model", "model.json");
const EXTRACTOR = join(ROOT, "packages", "local-endpoint", "scripts", "extract-service-model.mjs");
const hasBuildOutput = existsSync(MODEL_JSON);

describe("the local endpoint's service facts", () => {
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

describe("checkGetAudienceModelInput on the model's audienceModelArn bounds", () => {
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
