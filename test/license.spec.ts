// Both published packages ship this project's Apache-2.0 LICENSE. The client's is written by codegen
// (PackageLicenseIntegration, from codegen/src/main/resources/dev/cleanroomsmlsdk/codegen/LICENSE) in place of the AWS
// layer's, which names Amazon and takes its year from the clock; the local endpoint's is handwritten and must stay the
// same text.
import { readFileSync } from "node:fs";
import { join } from "node:path";

const root = join(__dirname, "..");
const read = (path: string) => readFileSync(join(root, path), "utf8");
const source = read("codegen/src/main/resources/dev/cleanroomsmlsdk/codegen/LICENSE");

test.each(["packages/client-cleanroomsml/LICENSE", "packages/local-endpoint/LICENSE"])("%s is the project's license text", (path) => {
  expect(read(path)).toBe(source);
});

test("the license names this project as the copyright holder, with a fixed year", () => {
  expect(source).toMatch(/^ +Apache License\n +Version 2\.0, January 2004\n/);
  expect(source).toContain("\n   Copyright 2026 The cleanroomsml-sdk Authors\n");
  expect(source).not.toMatch(/Amazon|\$\{year\}/);
  expect(JSON.parse(read("package.json")).license).toBe("Apache-2.0");
});
