// Running a README's code examples as written: the fenced blocks of a Markdown section, the names they import, and a
// Node run of one block against the built workspace packages. Used for the root README (readme-examples.integ.spec.ts)
// and the client's packed npm README (package-readme.integ.spec.ts).
import { execFile } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { transformSync } from "esbuild";

const root = join(__dirname, "..", "..");

export interface CodeBlock {
  lang: string;
  code: string;
}

/** The fenced code blocks of a Markdown section (from its `## ` heading to the next one), or of the whole text. */
export function codeBlocks(markdown: string, heading?: string): CodeBlock[] {
  let text = markdown;
  if (heading) {
    const start = markdown.indexOf(`\n## ${heading}\n`);
    if (start < 0) throw new Error(`no "## ${heading}" section`);
    const end = markdown.indexOf("\n## ", start + 1);
    text = markdown.slice(start, end < 0 ? undefined : end);
  }
  return [...text.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((m) => ({ lang: m[1], code: m[2] }));
}

/** Names imported from `pkg` by `import { a, b as c } from "pkg"` statements. */
export function importedNames(code: string, pkg: string): string[] {
  const names: string[] = [];
  for (const m of code.matchAll(/import\s*\{([^}]*)\}\s*from\s*"([^"]+)"/g)) {
    if (m[2] !== pkg) continue;
    names.push(...m[1].split(",").map((s) => s.trim().split(/\s+as\s+/)[0]).filter(Boolean));
  }
  return names;
}

/** The lines of a block that do something: neither blank nor a comment. */
export const statementLines = (code: string) => code.split("\n").filter((l) => l.trim() !== "" && !l.trim().startsWith("//"));

export interface ExampleRun {
  code: number | null;
  stdout: string;
  /** stderr, less the AWS SDK's one NodeVersionSupportWarning on Node < 22 (the packages' engines say >= 22). */
  stderr: string;
}

/**
 * Runs a `js` or `ts` block as an ES module (TypeScript with its types stripped by esbuild, nothing else changed),
 * in `build/<dir>` under the repository so that its imports resolve to the workspace packages as built (dist-cjs).
 * `files` are written next to it first, e.g. a fixtures file the example reads.
 */
export async function runExample(dir: string, name: string, block: CodeBlock, files: Record<string, string> = {}): Promise<ExampleRun> {
  if (block.lang !== "js" && block.lang !== "ts") throw new Error(`a ${block.lang || "plain"} block is not a JavaScript example`);
  const cwd = join(root, "build", dir);
  mkdirSync(cwd, { recursive: true });
  for (const [file, content] of Object.entries(files)) writeFileSync(join(cwd, file), content);
  const source = block.lang === "ts" ? transformSync(block.code, { loader: "ts", format: "esm", target: "esnext" }).code : block.code;
  const file = join(cwd, `${name}.mjs`);
  writeFileSync(file, source);
  const r = await new Promise<ExampleRun>((resolve) => {
    execFile(process.execPath, [file], { cwd, encoding: "utf8", timeout: 20_000 },
      (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr }));
  });
  const olderNode = Number(process.versions.node.split(".")[0]) < 22;
  if (olderNode) r.stderr = r.stderr.replace(/^\(node:\d+\) Warning: NodeVersionSupportWarning:[\s\S]*?\(Use `node --trace-warnings[^\n]*\n/m, "");
  return r;
}
