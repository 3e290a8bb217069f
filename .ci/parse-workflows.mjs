#!/usr/bin/env node
// Parses each workflow with @actions/workflow-parser, GitHub's own parser from the Actions language services:
// it validates against GitHub's workflow schema, including which expression contexts (secrets, github, ...) each
// key allows, then converts the template the way the runner would. Any error fails.
// The package imports its schema JSON without an import attribute, which Node 20 refuses, so it is loaded
// through an esbuild bundle (esbuild inlines the JSON) written under build/.
import { build } from "esbuild";
import { mkdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bundle = join(root, "build", "tools", "workflow-parser.cjs");
mkdirSync(dirname(bundle), { recursive: true });
await build({
  stdin: { contents: 'export * from "@actions/workflow-parser";', resolveDir: root },
  bundle: true, platform: "node", format: "cjs", outfile: bundle, logLevel: "warning",
});
const { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } = createRequire(import.meta.url)(bundle);

let failed = 0;
for (const name of process.argv.slice(2)) {
  const parsed = parseWorkflow({ name, content: readFileSync(name, "utf8") }, new NoOperationTraceWriter());
  const errors = [...parsed.context.errors.getErrors()];
  if (parsed.value && errors.length === 0) {
    const template = await convertWorkflowTemplate(parsed.context, parsed.value);
    errors.push(...(template.errors ?? []).map((e) => ({ message: e.Message ?? String(e) })));
  }
  if (parsed.value === undefined && errors.length === 0) errors.push({ message: "nothing parsed" });
  for (const e of errors) console.error(`${name}: ${e.message ?? e}`);
  if (errors.length) failed += 1;
  else console.log(`workflow-parser: ${name} ok`);
}
process.exit(failed ? 1 : 0);
