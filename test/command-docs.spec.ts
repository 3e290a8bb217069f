// What an IDE shows for a command: the @throws list in the published declarations names every error class the package
// exports that a call can raise, each with a line saying when. The modeled errors come from the generator; the rest
// from CommandThrowsDocsIntegration, which each runtime feature's integration feeds (codegen/ ThrownErrors). A new
// error class that a call can raise fails this test until its integration documents it.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";

const sdk = require("@cleanroomsml-sdk/client-cleanroomsml");
const pkgDir = dirname(require.resolve("@cleanroomsml-sdk/client-cleanroomsml/package.json"));
const dts = readFileSync(join(pkgDir, "dist-types", "commands", "GetAudienceModelCommand.d.ts"), "utf8");

/** The doc comment of the command class: the last one before `export declare class`. */
const classDocs = dts.slice(dts.lastIndexOf("/**", dts.indexOf("export declare class GetAudienceModelCommand")), dts.indexOf("export declare class GetAudienceModelCommand"));
const entries = [...classDocs.matchAll(/^ \* @throws (\{@link (\w+)\}|`(\w+)`)(?: \(([^)]*)\))?\n((?: \*  .*\n)*)/gm)].map((m) => ({
  name: m[2] ?? m[3],
  linked: m[2] !== undefined,
  kind: m[4],
  description: m[5].replace(/^ \*  /gm, "").trim(),
}));

// Errors a waiter throws, not a call.
const isWaiterError = (value: any) => value === sdk.WaiterError || value?.prototype instanceof sdk.WaiterError;
const exportedErrorClasses = Object.entries(sdk)
  .filter(([, value]: [string, any]) => typeof value === "function" && value.prototype instanceof Error && !isWaiterError(value))
  .map(([name]) => name)
  .sort();

describe("GetAudienceModelCommand's @throws in dist-types", () => {
  it("names every exported error class a call can raise, and nothing the package does not export", () => {
    expect(exportedErrorClasses).toEqual(expect.arrayContaining(["AccessDeniedException", "InputValidationError", "UnparseableResponseError", "ResponseBodyReadError"]));
    expect(entries.filter((e) => e.linked).map((e) => e.name).sort()).toEqual(exportedErrorClasses);
  });

  it("lists the modeled errors first, then the client's own, then the runtime's, then the base exception", () => {
    const modeled = ["AccessDeniedException", "ResourceNotFoundException", "ThrottlingException", "ValidationException"];
    const names = entries.map((e) => e.name);
    expect(names.slice(0, modeled.length).sort()).toEqual(modeled);
    const own = names.slice(modeled.length, -2);
    expect(own.slice(0, 4)).toEqual(["InputValidationError", "UnparseableResponseError", "ResponseBodyReadError", "ResponseBodyTimeoutError"]);
    expect([...own].sort()).toEqual(exportedErrorClasses.filter((n) => !modeled.includes(n) && n !== "CleanRoomsMLServiceException"));
    expect(names.slice(-2)).toEqual(["Error", "CleanRoomsMLServiceException"]);
  });

  it("gives every error but the base exception a kind and one line of description", () => {
    for (const entry of entries.filter((e) => e.name !== "CleanRoomsMLServiceException")) {
      expect({ [entry.name]: entry.kind }).toEqual({ [entry.name]: expect.stringMatching(/\S/) });
      expect({ [entry.name]: entry.description.split("\n").length }).toEqual({ [entry.name]: 1 });
      expect(entry.description.length).toBeGreaterThan(30);
    }
  });

  it("says that ResponseBodyTimeoutError and ResponseHeadersTimeoutError are named TimeoutError, as their instances are", () => {
    expect(entries.find((e) => e.name === "ResponseBodyTimeoutError")?.kind).toContain("`TimeoutError`");
    expect(new sdk.ResponseBodyTimeoutError({ response: { statusCode: 200, headers: {} }, timeoutMs: 1 }).name).toBe("TimeoutError");
    expect(entries.find((e) => e.name === "ResponseHeadersTimeoutError")?.kind).toContain("`TimeoutError`");
    expect(new sdk.ResponseHeadersTimeoutError({ timeoutMs: 1 }).name).toBe("TimeoutError");
  });
});
