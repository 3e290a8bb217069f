// The repository README's examples, run as written: the quick start and the local endpoint's Node example (with the
// fixtures file the README shows next to it) against the built packages. Every JavaScript/TypeScript example imports
// only names the packages export, and none sets an AWS key pair: AWS use goes through the default credential chain.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { codeBlocks, importedNames, runExample } from "./support/readme-examples";

const readme = readFileSync(join(__dirname, "..", "README.md"), "utf8");
const CLIENT = "@cleanroomsml-sdk/client-cleanroomsml";
const LOCAL_ENDPOINT = "@cleanroomsml-sdk/local-endpoint";
const examples = codeBlocks(readme).filter((b) => b.lang === "ts" || b.lang === "js");

describe("the repository README", () => {
  it("starts with the two set-up commands, before any other section", () => {
    const intro = readme.slice(0, readme.indexOf("\n## "));
    const [setUp] = codeBlocks(intro).filter((b) => b.lang === "sh");
    expect(setUp.code).toContain("\nnpm ci && npm run build && npm run demo\n");
    expect(setUp.code).toMatch(/&& npm ci && npm run build && npm test\n$/);
  });

  it("has a quick start that runs as written against the local endpoint", async () => {
    const [quickStart] = codeBlocks(readme, "Quick start");
    const r = await runExample("readme-examples", "quick-start", quickStart);
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: "" });
    expect(r.stdout).toBe("my-model ACTIVE\n");
    expect(quickStart.code).toContain("console.log(model.name, model.status); // my-model ACTIVE");
  });

  it("shows AWS use with the default credential chain", () => {
    const [, aws] = codeBlocks(readme, "Quick start");
    expect(aws.code).toContain('new CleanRoomsMLClient({ region: "us-east-1" })');
    expect(aws.code).not.toMatch(/credentials|accessKeyId|secretAccessKey|endpoint/);
  });

  it("has a local-endpoint Node example that runs as written, next to the fixtures file it shows", async () => {
    const blocks = codeBlocks(readme, "Local endpoint");
    const [fixtures] = blocks.filter((b) => b.lang === "json");
    const [node] = blocks.filter((b) => b.lang === "ts");
    expect(node.code).toContain('readFileSync("audience-models.json", "utf8")');
    const r = await runExample("readme-examples", "local-endpoint", node, { "audience-models.json": fixtures.code });
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: "" });
    expect(r.stdout).toBe("CREATE_PENDING\nCREATE_IN_PROGRESS\nACTIVE\n");
    expect(node.code).toContain("console.log(status); // CREATE_PENDING, CREATE_IN_PROGRESS, ACTIVE");
  });

  it("imports only names the packages export, in every example", () => {
    const client = require(CLIENT);
    const endpoint = require(LOCAL_ENDPOINT);
    expect(examples.length).toBeGreaterThanOrEqual(8);
    const fromClient = examples.flatMap((b) => importedNames(b.code, CLIENT));
    expect(fromClient).toEqual(expect.arrayContaining(["CleanRoomsMLClient", "GetAudienceModelCommand", "WaiterFailedError"]));
    expect(fromClient.filter((n) => !(n in client))).toEqual([]);
    expect(examples.flatMap((b) => importedNames(b.code, LOCAL_ENDPOINT)).filter((n) => !(n in endpoint))).toEqual([]);
  });

  it("sets a key pair only in examples that talk to the local endpoint", () => {
    const withKeys = examples.filter((b) => /accessKeyId|secretAccessKey/.test(b.code));
    expect(withKeys.length).toBeGreaterThan(0);
    for (const b of withKeys) expect(b.code).toContain("endpoint: local.endpoint");
    expect(readme).not.toMatch(/AKIA[0-9A-Z]{12,}/);
  });
});
