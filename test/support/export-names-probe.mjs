// Loads one build of a package the way users load it and reports what its exports are called.
//   node export-names-probe.mjs <entry> <cjs|esm> describe        -> JSON, one row per exported function or class
//   node export-names-probe.mjs <entry> <cjs|esm> throw <Export>  -> throws an instance of that error class, uncaught
// cjs: require(entry). esm: import(entry) through Node's ESM loader with dist-es-hooks.mjs (dist-es as shipped).
// Run in a child process so the uncaught error is printed by Node itself, exactly as a user would see it.
import { createRequire, register } from "node:module";
import { pathToFileURL } from "node:url";

const [entry, format, mode, target] = process.argv.slice(2);
const require = createRequire(entry);

let mod;
if (format === "esm") {
  register("./dist-es-hooks.mjs", import.meta.url);
  mod = await import(pathToFileURL(entry).href);
} else {
  mod = require(entry);
}

// Arguments that build each error class the way the client does when a call fails. Most take one options object;
// the generic one below carries every field any of them reads. A class with another signature needs a row here.
const response = { statusCode: 502, headers: { "content-type": "text/html", "x-amzn-requestid": "probe-request-id" }, body: undefined };
const genericOptions = {
  message: "probe message", $metadata: { httpStatusCode: 502 }, response, body: new Uint8Array([60, 104, 116, 109, 108, 62]),
  cause: new Error("probe cause"), operation: "GetAudienceModel", timeoutMs: 5,
};
const SIGNATURES = {
  InputValidationError: (C) => new C("GetAudienceModel", { memberPath: "audienceModelArn", constraint: "required", message: "audienceModelArn is required" }),
};
const construct = (exportName, C) => (SIGNATURES[exportName] ?? ((K) => new K(genericOptions)))(C);

const isClass = (v) => typeof v === "function" && /^class[\s{]/.test(Function.prototype.toString.call(v));

if (mode === "throw") {
  const error = construct(target, mod[target]);
  throw error;
}

const rows = [];
for (const [exportName, value] of Object.entries(mod)) {
  if (typeof value !== "function") continue;
  const row = { exportName, kind: isClass(value) ? "class" : "function", name: value.name };
  if (row.kind === "class" && value.prototype instanceof Error) {
    row.isError = true;
    try {
      row.instanceName = construct(exportName, value).name;
    } catch (e) {
      row.constructError = String(e);
    }
  }
  rows.push(row);
}
console.log(JSON.stringify(rows));
