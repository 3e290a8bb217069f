// Jest here runs CommonJS and cannot import the repository's .mjs scripts, so a test calls an exported function in a
// child Node process: arguments and result travel as JSON.
import { execFileSync } from "node:child_process";
import { join } from "node:path";

export function callEsm<T>(modulePath: string, exportName: string, ...args: unknown[]): T {
  const url = `file://${join(__dirname, "..", "..", modulePath)}`;
  const script = `const m = await import(${JSON.stringify(url)});
const args = JSON.parse(process.argv[1]);
process.stdout.write(JSON.stringify(await m[${JSON.stringify(exportName)}](...args)) ?? "null");`;
  const out = execFileSync(process.execPath, ["--input-type=module", "-e", script, JSON.stringify(args)], { encoding: "utf8" });
  return JSON.parse(out) as T;
}
