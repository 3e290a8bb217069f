// The constraints the local endpoint enforces come from the Smithy model, not from a retyped copy:
// the committed data file must match the build output, the extractor must follow a changed model, and
// the checks must sit exactly on the model's bounds.
import { checkLabel, labelConstraints } from "@cleanroomsml-sdk/local-endpoint";
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
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

  (hasBuildOutput ? it : it.skip)("follow a change to the model's @length and @pattern", () => {
    const script = `
      import { extract } from ${JSON.stringify(EXTRACTOR)};
      import { readFileSync } from "node:fs";
      const model = JSON.parse(readFileSync(${JSON.stringify(MODEL_JSON)}, "utf8"));
      const arn = model.shapes["com.amazonaws.cleanroomsml#AudienceModelArn"].traits;
      arn["smithy.api#length"] = { min: 30, max: 40 };
      arn["smithy.api#pattern"] = "^changed$";
      console.log(JSON.stringify(extract(model).labels));`;
    const r = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([
      { name: "audienceModelArn", shape: "com.amazonaws.cleanroomsml#AudienceModelArn", required: true, length: { min: 30, max: 40 }, pattern: "^changed$" },
    ]);
  });

  (hasBuildOutput ? it : it.skip)("carry the model's pattern byte for byte", () => {
    const shape = JSON.parse(readFileSync(MODEL_JSON, "utf8")).shapes["com.amazonaws.cleanroomsml#AudienceModelArn"];
    expect(labelConstraints[0].pattern).toBe(shape.traits["smithy.api#pattern"]);
    expect(labelConstraints[0].length).toEqual(shape.traits["smithy.api#length"]);
  });
});

describe("checkLabel on the model's audienceModelArn bounds", () => {
  const label = labelConstraints.find((l) => l.name === "audienceModelArn")!;
  const prefix = "arn:aws:cleanrooms-ml:us-east-1:123456789012:audience-model/";
  const ofLength = (n: number) => prefix + "m".repeat(n - prefix.length);

  it.each([
    ["the longest allowed ARN (2048)", ofLength(2048), undefined],
    ["one past the maximum (2049)", ofLength(2049), /length between 20 and 2048/],
    ["a 19-character value", "arn:aws:cleanrooms-", /length between 20 and 2048/],
    ["a partition suffix such as aws-cn", "arn:aws-cn:cleanrooms-ml:cn-north-1:123456789012:audience-model/m", undefined],
    ["an 11-digit account", "arn:aws:cleanrooms-ml:us-east-1:12345678901:audience-model/m", /regular expression pattern/],
    ["a training dataset ARN", "arn:aws:cleanrooms-ml:us-east-1:123456789012:training-dataset/m", /regular expression pattern/],
    ["a trailing newline (the pattern is anchored)", `${prefix}m\n`, /regular expression pattern/],
    ["an empty value", "", /must not be null/],
  ])("%s", (_what, value, problem) => {
    const result = checkLabel(label, value);
    if (problem === undefined) expect(result).toBeUndefined();
    else expect(result).toMatch(problem);
  });
});
