// Node module hooks that let Node's own ESM loader run a package's dist-es unmodified: the generated ESM imports
// its siblings without extensions ("./models/errors"), as bundlers accept, and the packages have no
// "type": "module". Used by export-names-probe.mjs; registered with module.register().
import { existsSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";

const isFile = (url) => existsSync(fileURLToPath(url)) && statSync(fileURLToPath(url)).isFile();

export async function resolve(specifier, context, next) {
  if ((specifier.startsWith("./") || specifier.startsWith("../")) && context.parentURL?.includes("/dist-es/")) {
    for (const candidate of [`${specifier}.js`, `${specifier}/index.js`]) {
      const url = new URL(candidate, context.parentURL);
      if (isFile(url)) return { url: url.href, format: "module", shortCircuit: true };
    }
  }
  return next(specifier, context);
}

export async function load(url, context, next) {
  if (url.startsWith("file:") && url.includes("/dist-es/")) return next(url, { ...context, format: "module" });
  return next(url, context);
}
