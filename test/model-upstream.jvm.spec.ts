// `npm run model:upstream` against a committed copy of the reference AST (the service's facts, no documentation)
// and mutated copies of it, each one change a maintainer must see. Needs Java 17 and Maven when the model AST is not
// already built (codegen/smithy-cli.mjs builds it; jest's global setup does that once).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

jest.setTimeout(60_000);

const ROOT = join(__dirname, "..");
const REFERENCE = join(__dirname, "fixtures", "model", "reference-getaudiencemodel.json");
const NS = "com.amazonaws.cleanroomsml#";
type Ast = { smithy: string; shapes: Record<string, any> };

let dir: string;
beforeAll(() => { dir = mkdtempSync(join(tmpdir(), "model-upstream-")); });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function upstream(mutate: (ast: Ast) => void, name: string): { status: number | null; out: string } {
  const ast: Ast = JSON.parse(readFileSync(REFERENCE, "utf8"));
  mutate(ast);
  const file = join(dir, `${name}.json`);
  writeFileSync(file, JSON.stringify(ast, null, 2));
  const r = spawnSync(process.execPath, [join(ROOT, ".ci", "model-upstream.mjs"), file], { cwd: ROOT, encoding: "utf8" });
  const out = `${r.stdout}${r.stderr}`;
  console.log(`$ npm run model:upstream -- ${name}.json\n${out}(exit ${r.status})`);
  return { status: r.status, out };
}

test("the reference itself: no differences, exit 0", () => {
  const r = upstream(() => {}, "reference");
  expect(r.status).toBe(0);
  expect(r.out).toMatch(/20 shapes\) vs model\/ \(20 shapes\)/);
  expect(r.out).toMatch(/model:upstream: no differences/);
});

test("a whole-service model with documentation: only the operation's closure is compared", () => {
  const r = upstream((ast) => {
    const s = ast.shapes;
    // What AWS's published file has beyond this operation: more operations on the resource and the service, other
    // resources and their shapes, and documentation everywhere.
    s[`${NS}ListAudienceModels`] = { type: "operation", input: { target: `${NS}ListAudienceModelsRequest` }, output: { target: "smithy.api#Unit" } };
    s[`${NS}ListAudienceModelsRequest`] = { type: "structure", members: { nextToken: { target: "smithy.api#String" } } };
    s[`${NS}DeleteAudienceModel`] = { type: "operation", input: { target: "smithy.api#Unit" }, output: { target: "smithy.api#Unit" } };
    s[`${NS}AudienceModel`].delete = { target: `${NS}DeleteAudienceModel` };
    s[`${NS}AudienceModel`].list = { target: `${NS}ListAudienceModels` };
    s[`${NS}ConfiguredAudienceModel`] = { type: "resource", identifiers: { arn: { target: "smithy.api#String" } } };
    s[`${NS}AWSStarkControlService`].resources.push({ target: `${NS}ConfiguredAudienceModel` });
    s[`${NS}AWSStarkControlService`].operations = [{ target: `${NS}ListAudienceModels` }];
    s[`${NS}GetAudienceModel`].traits["smithy.api#documentation"] = "<p>Returns information about an audience model.</p>";
    s[`${NS}StatusDetails`].members.message.traits = { "smithy.api#documentation": "<p>The error message.</p>" };
  }, "whole-service");
  expect(r.status).toBe(0);
  expect(r.out).toMatch(/model:upstream: no differences/);
});

test("an error added to the operation: the error and its shape are named", () => {
  const r = upstream((ast) => {
    ast.shapes[`${NS}ServiceQuotaExceededException`] = {
      type: "structure",
      members: { message: { target: "smithy.api#String", traits: { "smithy.api#required": {} } } },
      traits: { "smithy.api#error": "client", "smithy.api#httpError": 402 },
    };
    ast.shapes[`${NS}GetAudienceModel`].errors.push({ target: `${NS}ServiceQuotaExceededException` });
  }, "added-error");
  expect(r.status).toBe(1);
  expect(r.out).toMatch(/error\s+com\.amazonaws\.cleanroomsml#GetAudienceModel: ServiceQuotaExceededException upstream only/);
  expect(r.out).toMatch(/shape\s+com\.amazonaws\.cleanroomsml#ServiceQuotaExceededException: structure upstream only/);
  expect(r.out).toMatch(/2 difference\(s\)/);
});

test("a changed pattern: the trait and both values", () => {
  const r = upstream((ast) => {
    const arn = ast.shapes[`${NS}AudienceModelArn`].traits;
    arn["smithy.api#pattern"] = arn["smithy.api#pattern"].replace("[-a-zA-Z0-9_/.]+$", "[-a-zA-Z0-9_/.:]+$");
  }, "changed-pattern");
  expect(r.status).toBe(1);
  expect(r.out).toMatch(/trait\s+com\.amazonaws\.cleanroomsml#AudienceModelArn: smithy\.api#pattern differs: upstream ".*\[-a-zA-Z0-9_\/\.:\]\+\$", ours ".*\[-a-zA-Z0-9_\/\.\]\+\$"/);
  expect(r.out).toMatch(/1 difference\(s\) \(1 trait\)/);
});

test("a new output member: the member, its target and traits", () => {
  const r = upstream((ast) => {
    ast.shapes[`${NS}GetAudienceModelResponse`].members.minMatchingSeedSize = {
      target: "smithy.api#Integer", traits: { "smithy.api#range": { min: 25, max: 500000 } },
    };
  }, "new-member");
  expect(r.status).toBe(1);
  expect(r.out).toMatch(/member\s+com\.amazonaws\.cleanroomsml#GetAudienceModelResponse\$minMatchingSeedSize: upstream only: target Integer, traits \{"smithy\.api#range":\{"min":25,"max":500000\}\}/);
});

test("an endpoint rule changed: the rule set and the JSON path of the change", () => {
  const r = upstream((ast) => {
    const rules = ast.shapes[`${NS}AWSStarkControlService`].traits["smithy.rules#endpointRuleSet"];
    rules.parameters.UseFIPS.default = true;
  }, "endpoint-rules");
  expect(r.status).toBe(1);
  expect(r.out).toMatch(/endpoint rules\s+com\.amazonaws\.cleanroomsml#AWSStarkControlService: smithy\.rules#endpointRuleSet differs at \/parameters\/UseFIPS\/default: upstream true, ours false/);
});

test("a file without the operation is exit 2", () => {
  const r = upstream((ast) => { delete ast.shapes[`${NS}GetAudienceModel`]; }, "no-operation");
  expect(r.status).toBe(2);
  expect(r.out).toMatch(/expected one operation named GetAudienceModel, found 0/);
});
