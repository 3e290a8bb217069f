// The README that npm shows for the client is the one in its tarball: codegen writes it from
// codegen/src/main/resources/dev/cleanroomsmlsdk/codegen/client-README.md (PackageReadmeIntegration) instead of the AWS
// layer's boilerplate. This packs the client as the release does, reads the README out of the tarball, and runs its
// quick start, unchanged, against the built packages, so the README cannot drift from what the code does.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { codeBlocks, importedNames, runExample, statementLines } from "./support/readme-examples";

const clientDir = dirname(require.resolve("@cleanroomsml-sdk/client-cleanroomsml/package.json"));
const REPOSITORY = "https://github.com/cleanroomsml-sdk/cleanroomsml-sdk";

/** The README as npm packs it (and as the npm page shows it). */
function packedReadme(): string {
  const out = mkdtempSync(join(tmpdir(), "client-readme-"));
  try {
    const [{ filename }] = JSON.parse(
      execFileSync("npm", ["pack", "--ignore-scripts", "--json", "--pack-destination", out], { cwd: clientDir, encoding: "utf8" }),
    );
    execFileSync("tar", ["-xzf", join(out, filename), "-C", out, "package/README.md"]);
    return readFileSync(join(out, "package", "README.md"), "utf8");
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

describe("the client's packed README", () => {
  let readme: string;
  beforeAll(() => {
    readme = packedReadme();
  });

  it("is the one codegen writes into the package", () => {
    expect(readme).toBe(readFileSync(join(clientDir, "README.md"), "utf8"));
  });

  it("is this project's: its first heading is the package, and it links to this repository, not AWS's help pages", () => {
    expect(readme.match(/^# .*$/m)?.[0]).toBe("# @cleanroomsml-sdk/client-cleanroomsml");
    for (const boilerplate of ["aws-sdk-js-v3", "AWSJavaScriptSDK", "gitter.im", "stackoverflow.com", "aws-samples", "Getting Help"]) {
      expect({ boilerplate, found: readme.includes(boilerplate) }).toEqual({ boilerplate, found: false });
    }
    expect(readme).toContain(`](${REPOSITORY}#readme)`);
    expect(readme).toContain(`](${REPOSITORY}/issues)`);
    expect(readme).toContain(`](${REPOSITORY}/tree/main/packages/local-endpoint#readme)`);
    expect(readme).not.toMatch(/\{\{\w+\}\}/);
  });

  it("has the sections a user looks for", () => {
    const headings = [...readme.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(headings).toEqual(expect.arrayContaining(["Why this package", "Install", "Quick start", "Errors", "Configuration", "Links"]));
    expect(codeBlocks(readme, "Install")[0].code).toBe("npm install @cleanroomsml-sdk/client-cleanroomsml\n");
  });

  it("imports only names the packages export, in every example", () => {
    const client = require("@cleanroomsml-sdk/client-cleanroomsml");
    const endpoint = require("@cleanroomsml-sdk/local-endpoint");
    const blocks = codeBlocks(readme).filter((b) => b.lang === "js");
    expect(blocks.length).toBeGreaterThanOrEqual(4);
    const fromClient = blocks.flatMap((b) => importedNames(b.code, "@cleanroomsml-sdk/client-cleanroomsml"));
    expect(fromClient).toEqual(expect.arrayContaining(["CleanRoomsMLClient", "GetAudienceModelCommand", "InputValidationError", "WaiterFailedError"]));
    expect(fromClient.filter((n) => !(n in client))).toEqual([]);
    expect(blocks.flatMap((b) => importedNames(b.code, "@cleanroomsml-sdk/local-endpoint")).filter((n) => !(n in endpoint))).toEqual([]);
  });

  it("shows AWS use with the default credential chain: no key in any example but the local endpoint's", () => {
    const [local, aws] = codeBlocks(readme, "Quick start").filter((b) => b.lang === "js");
    expect(aws.code).toMatch(/new CleanRoomsMLClient\(\{ region: "us-east-1" \}\)/);
    expect(aws.code).not.toMatch(/credentials|accessKeyId|secretAccessKey/);
    expect(local.code).toContain("endpoint: local.endpoint");
    expect(readme).not.toMatch(/AKIA[0-9A-Z]{12,}/);
  });

  it("has a quick start of about ten lines that runs as written against the local endpoint, on the built packages", async () => {
    const [quickStart] = codeBlocks(readme, "Quick start").filter((b) => b.lang === "js");
    expect(statementLines(quickStart.code).length).toBeLessThanOrEqual(12);
    const r = await runExample("package-readme", "quick-start", quickStart);
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: "" });
    expect(r.stdout).toBe("quick-start ACTIVE\n");
    // The comment next to the console.log says what it prints.
    expect(quickStart.code).toContain("console.log(model.name, model.status); // quick-start ACTIVE");
  });
});
