// Every exported class and function keeps its name in both published builds, for the client and the local endpoint:
// the class's `name`, an error instance's `name`, and the first line Node prints for an uncaught error. The
// single-file CJS build is an esbuild bundle, and esbuild turns `class X` into `var X = class _X` when a class
// refers to itself (every error class does, in Object.setPrototypeOf); smithy-build.json's build:cjs passes
// --keep-names so the names survive. dist-es is loaded unmodified through Node's ESM loader (support/dist-es-hooks.mjs).
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";

const PROBE = join(__dirname, "support", "export-names-probe.mjs");

// Re-exports of @smithy/smithy-client classes under the generator's aliases: their names are smithy's.
const ALIASES: Record<string, string> = { $Command: "Command", __Client: "Client" };
// ResponseBodyTimeoutError and ResponseHeadersTimeoutError say they are timeouts the way the request handlers' own
// timeouts do (see their doc comments); the waiter errors for maxWaitTime and abortSignal keep the names
// @smithy/util-waiter's untyped errors had.
const INSTANCE_NAMES: Record<string, string> = {
  ResponseBodyTimeoutError: "TimeoutError",
  ResponseHeadersTimeoutError: "TimeoutError",
  WaiterTimeoutError: "TimeoutError",
  WaiterAbortedError: "AbortError",
};
// The service's base exception is never raised as itself: a modeled error or an unmodeled one names the instance.
const NOT_RAISED_AS_ITSELF = new Set(["CleanRoomsMLServiceException"]);

interface Row { exportName: string; kind: "class" | "function"; name: string; isError?: boolean; instanceName?: string; constructError?: string }

function probe(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [PROBE, ...args], { encoding: "utf8" }, (error, stdout, stderr) =>
      resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr }));
  });
}

/** The line Node prints after the source excerpt and caret of an uncaught error: the error's own header. */
function uncaughtHeader(stderr: string): string {
  const lines = stderr.split("\n");
  const caret = lines.findIndex((l) => /^\s*\^+\s*$/.test(l));
  return lines.slice(caret + 1).find((l) => l.trim() !== "") ?? `(no header in: ${stderr.slice(0, 300)})`;
}

function buildsOf(pkgName: string): Array<[build: string, entry: string, format: string]> {
  const pkgDir = dirname(require.resolve(`${pkgName}/package.json`));
  const pkg = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8"));
  return [
    ["dist-cjs", join(pkgDir, pkg.main), "cjs"],
    ["dist-es", join(pkgDir, pkg.module), "esm"],
  ];
}

describe.each([["@cleanroomsml-sdk/client-cleanroomsml"], ["@cleanroomsml-sdk/local-endpoint"]])("%s export names", (pkgName) => {
  const described = new Map<string, Row[]>();
  beforeAll(async () => {
    for (const [build, entry, format] of buildsOf(pkgName)) {
      const r = await probe([entry, format, "describe"]);
      if (r.code !== 0) throw new Error(`probe of ${build} failed: ${r.stderr}`);
      described.set(build, JSON.parse(r.stdout));
    }
  });

  it("both builds export the same functions and classes", () => {
    const names = (build: string) => described.get(build)!.map((r) => `${r.kind} ${r.exportName}`).sort();
    expect(names("dist-cjs").length).toBeGreaterThan(0);
    expect(names("dist-es")).toEqual(names("dist-cjs"));
  });

  it.each([["dist-cjs"], ["dist-es"]])("%s: every exported class and function is called by its export name", (build) => {
    const wrong = described.get(build)!
      .filter((r) => r.name !== (ALIASES[r.exportName] ?? r.exportName))
      .map((r) => `${r.exportName}.name is ${JSON.stringify(r.name)}`);
    expect(wrong).toEqual([]);
  });

  it.each([["dist-cjs"], ["dist-es"]])("%s: every error instance's name is its class's (or its documented one)", (build) => {
    const errors = described.get(build)!.filter((r) => r.isError && !NOT_RAISED_AS_ITSELF.has(r.exportName));
    if (pkgName.endsWith("client-cleanroomsml")) expect(errors.length).toBeGreaterThanOrEqual(8);
    for (const r of errors) {
      expect({ [r.exportName]: r.constructError ?? r.instanceName }).toEqual({ [r.exportName]: INSTANCE_NAMES[r.exportName] ?? r.exportName });
    }
  });

  it("an uncaught error prints its class name first, identically in both builds", async () => {
    const [cjs, es] = buildsOf(pkgName);
    const errorClasses = described.get("dist-cjs")!.filter((r) => r.isError && !NOT_RAISED_AS_ITSELF.has(r.exportName)).map((r) => r.exportName);
    const headers = await Promise.all(errorClasses.flatMap((name) => [cjs, es].map(async ([build, entry, format]) => {
      const r = await probe([entry, format, "throw", name]);
      return { name, build, code: r.code, header: uncaughtHeader(r.stderr) };
    })));
    for (const h of headers) {
      expect(h.code).not.toBe(0);
      // Node prints "<constructor name>: message", or "<constructor name> [<name>]: message" when the two differ.
      const instanceName = INSTANCE_NAMES[h.name] ?? h.name;
      const expected = new RegExp(`^${h.name.replace(/\$/g, "\\$")}(?: \\[${instanceName}\\])?: \\S`);
      expect(`${h.build} ${h.header}`).toMatch(new RegExp(`^${h.build} ${expected.source.slice(1)}`));
      expect(h.header).not.toMatch(/^_/);
    }
    for (const name of errorClasses) {
      const [a, b] = headers.filter((h) => h.name === name);
      expect(b.header).toBe(a.header);
    }
  });
});
