#!/usr/bin/env node
// Keeps the two generator builds in lockstep. CI generates with Maven (codegen/pom.xml); users with internet may use
// Gradle (build.gradle.kts, versions in gradle/libs.versions.toml). CI cannot run Gradle here, so this script reads
// both and fails, with a table, when an artifact, its version or its role differs, or when the Gradle side stops
// stating its plugin and wrapper versions.
//   node .ci/check-pins.mjs [--root <repo dir>]      exit 0: pins agree; exit 1: table marks what differs
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const FILES = {
  pom: "codegen/pom.xml",
  catalog: "gradle/libs.versions.toml",
  wrapper: "gradle/wrapper/gradle-wrapper.properties",
  rootBuild: "build.gradle.kts",
  codegenBuild: "codegen/build.gradle.kts",
  settings: "settings.gradle.kts",
  smithyBuild: "smithy-build.json",
};

const PLUGIN_ID = "software.amazon.smithy.gradle.smithy-base";
// smithy-base 1.x refuses to apply on older Gradle (SmithyBasePlugin.MINIMUM_GRADLE_VERSION).
const MIN_GRADLE = "8.2";
// Catalog bundles that must mirror the pom: <dependencyManagement>, <dependencies>, and its test-scoped ones.
const MANAGED_BUNDLE = "smithy-managed";
const DIRECT_BUNDLE = "codegen";
const TEST_BUNDLE = "codegen-test";

class PinCheckInputError extends Error {
  constructor(message) {
    super(message);
    this.name = "PinCheckInputError";
  }
}

// ---------- codegen/pom.xml ----------

const strip = (xml, tag) => xml.replace(new RegExp(`<${tag}>[\\s\\S]*?</${tag}>`, "g"), "");
const text = (xml, tag) => xml.match(new RegExp(`<${tag}>\\s*([^<]*?)\\s*</${tag}>`))?.[1];

function parseDependencies(block) {
  return [...block.matchAll(/<dependency>([\s\S]*?)<\/dependency>/g)].map(([, dep]) => ({
    group: text(dep, "groupId"),
    artifact: text(dep, "artifactId"),
    version: text(dep, "version"),
    scope: text(dep, "scope") ?? "compile",
  }));
}

export function parsePom(xml) {
  // Comments may quote tags, and plugin-level dependencies under <build> are not the generator's classpath.
  const body = strip(strip(xml.replace(/<!--[\s\S]*?-->/g, ""), "build"), "profiles");
  const properties = {};
  const propsBlock = body.match(/<properties>([\s\S]*?)<\/properties>/)?.[1] ?? "";
  for (const [, key, value] of propsBlock.matchAll(/<([\w.-]+)>\s*([^<]*?)\s*<\/\1>/g)) properties[key] = value;
  const interpolate = (v) =>
    v?.replace(/\$\{([^}]+)\}/g, (whole, key) => {
      if (!(key in properties)) throw new PinCheckInputError(`${FILES.pom}: \${${key}} is not defined in <properties>`);
      return properties[key];
    });

  const managedBlock = body.match(/<dependencyManagement>\s*<dependencies>([\s\S]*?)<\/dependencies>\s*<\/dependencyManagement>/)?.[1] ?? "";
  const managed = new Map(parseDependencies(managedBlock).map((d) => [`${d.group}:${d.artifact}`, interpolate(d.version)]));
  const directBlock = strip(body, "dependencyManagement").match(/<dependencies>([\s\S]*?)<\/dependencies>/)?.[1] ?? "";

  const artifacts = new Map();
  for (const [key, version] of managed) artifacts.set(key, { version, roles: new Set(["managed"]) });
  for (const d of parseDependencies(directBlock)) {
    const key = `${d.group}:${d.artifact}`;
    const version = interpolate(d.version) ?? managed.get(key);
    if (!version) throw new PinCheckInputError(`${FILES.pom}: ${key} has no version and is not in <dependencyManagement>`);
    const entry = artifacts.get(key) ?? { version, roles: new Set() };
    if (entry.version !== version) entry.version = `${entry.version} / ${version}`; // managed and direct disagree
    // Test-scoped jars (the integrations' own tests) never reach the Smithy CLI's classpath: a role of their own.
    entry.roles.add(d.scope === "test" ? "test" : "direct");
    artifacts.set(key, entry);
  }
  return { artifacts, javaRelease: properties["maven.compiler.release"] };
}

// ---------- gradle/libs.versions.toml (the subset a version catalog uses) ----------

function parseTomlValue(raw, where) {
  const v = raw.trim();
  if (v.startsWith('"')) return JSON.parse(v);
  if (v.startsWith("[")) return [...v.matchAll(/"([^"]*)"/g)].map((m) => m[1]);
  if (v.startsWith("{")) {
    const table = {};
    for (const [, key, value] of v.slice(1, -1).matchAll(/([\w.-]+)\s*=\s*("[^"]*"|[^,}]+)/g)) {
      table[key.trim()] = parseTomlValue(value, where);
    }
    return table;
  }
  throw new PinCheckInputError(`${FILES.catalog}: cannot read the value at ${where}: ${v}`);
}

export function parseToml(source) {
  const doc = {};
  let table = doc;
  let pending = null; // a multi-line array being collected: { key, text }
  source.split("\n").forEach((line, index) => {
    const clean = line.replace(/("[^"]*")|#.*$/g, (m, str) => str ?? "").trim();
    if (pending) {
      pending.text += ` ${clean}`;
      if (clean.includes("]")) {
        table[pending.key] = parseTomlValue(pending.text, `line ${index + 1}`);
        pending = null;
      }
      return;
    }
    if (!clean) return;
    const header = clean.match(/^\[([\w.-]+)\]$/);
    if (header) {
      table = doc[header[1]] = {};
      return;
    }
    const pair = clean.match(/^([\w.-]+)\s*=\s*(.+)$/);
    if (!pair) throw new PinCheckInputError(`${FILES.catalog}: cannot read line ${index + 1}: ${line}`);
    if (pair[2].startsWith("[") && !pair[2].includes("]")) pending = { key: pair[1], text: pair[2] };
    else table[pair[1]] = parseTomlValue(pair[2], `line ${index + 1}`);
  });
  if (pending) throw new PinCheckInputError(`${FILES.catalog}: unterminated array for ${pending.key}`);
  return doc;
}

export function parseCatalog(source) {
  const doc = parseToml(source);
  const versions = doc.versions ?? {};
  const versionOf = (entry, alias) => {
    const ref = entry["version.ref"];
    if (ref !== undefined) {
      if (!(ref in versions)) throw new PinCheckInputError(`${FILES.catalog}: ${alias} refers to unknown version "${ref}"`);
      return versions[ref];
    }
    return entry.version;
  };
  const libraries = new Map();
  for (const [alias, entry] of Object.entries(doc.libraries ?? {})) {
    const module = typeof entry === "string" ? entry.split(":").slice(0, 2).join(":") : entry.module ?? `${entry.group}:${entry.name}`;
    const version = typeof entry === "string" ? entry.split(":")[2] : versionOf(entry, alias);
    libraries.set(alias, { module, version });
  }
  const bundle = (name) => {
    const aliases = doc.bundles?.[name];
    if (!aliases) throw new PinCheckInputError(`${FILES.catalog}: [bundles] has no "${name}"`);
    for (const a of aliases) if (!libraries.has(a)) throw new PinCheckInputError(`${FILES.catalog}: bundle ${name} names unknown library ${a}`);
    return aliases.map((a) => libraries.get(a).module);
  };

  const artifacts = new Map();
  for (const { module, version } of libraries.values()) artifacts.set(module, { version, roles: new Set() });
  for (const m of bundle(MANAGED_BUNDLE)) artifacts.get(m).roles.add("managed");
  for (const m of bundle(DIRECT_BUNDLE)) artifacts.get(m).roles.add("direct");
  for (const m of bundle(TEST_BUNDLE)) artifacts.get(m).roles.add("test");

  const plugin = Object.values(doc.plugins ?? {}).find((p) => (typeof p === "string" ? p.startsWith(`${PLUGIN_ID}:`) : p.id === PLUGIN_ID));
  const pluginVersion = plugin === undefined ? undefined : typeof plugin === "string" ? plugin.split(":")[1] : versionOf(plugin, PLUGIN_ID);
  return { artifacts, javaRelease: versions.java, pluginVersion };
}

// ---------- comparison ----------

const compareVersions = (a, b) => {
  const pa = a.split(/[.-]/).map(Number);
  const pb = b.split(/[.-]/).map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i += 1) {
    const d = (pa[i] || 0) - (pb[i] || 0);
    if (d !== 0) return d;
  }
  return 0;
};
const describe = (entry) => (entry ? `${entry.version} [${[...entry.roles].sort().join("+") || "unused"}]` : "-");

export function checkPins(root) {
  const read = (key) => {
    const path = join(root, FILES[key]);
    if (!existsSync(path)) throw new PinCheckInputError(`missing ${FILES[key]}`);
    return readFileSync(path, "utf8");
  };
  const maven = parsePom(read("pom"));
  const gradle = parseCatalog(read("catalog"));
  const rows = [];
  const row = (item, mavenCell, gradleCell, problem) => rows.push({ item, maven: mavenCell, gradle: gradleCell, status: problem ?? "ok" });

  const keys = [...new Set([...maven.artifacts.keys(), ...gradle.artifacts.keys()])].sort();
  for (const key of keys) {
    const m = maven.artifacts.get(key);
    const g = gradle.artifacts.get(key);
    let problem;
    if (!m) problem = "MISSING in pom";
    else if (!g) problem = "MISSING in catalog";
    else if (m.version !== g.version) problem = "VERSION differs";
    else if (describe(m) !== describe(g)) problem = `ROLE differs (${DIRECT_BUNDLE}/${MANAGED_BUNDLE}/${TEST_BUNDLE} bundles vs pom)`;
    row(key, describe(m), describe(g), problem);
  }

  row("java release", maven.javaRelease ?? "-", gradle.javaRelease ?? "-",
    maven.javaRelease === gradle.javaRelease && maven.javaRelease ? undefined : "VERSION differs");

  row(`${PLUGIN_ID} plugin`, "n/a", gradle.pluginVersion ?? "-",
    gradle.pluginVersion ? undefined : "NOT STATED in [plugins]");

  const wrapperVersion = read("wrapper").match(/^distributionUrl=.*\/gradle-([\d.]+(?:-[\w.]+)?)-(?:bin|all)\.zip\s*$/m)?.[1];
  row("gradle wrapper distribution", "n/a", wrapperVersion ?? "-",
    !wrapperVersion ? "NOT STATED in distributionUrl"
      : compareVersions(wrapperVersion, MIN_GRADLE) < 0 ? `TOO OLD (plugin needs >= ${MIN_GRADLE})` : undefined);

  // The Gradle scripts must take every version from the catalog, or the table above would not cover them.
  const scripts = ["rootBuild", "codegenBuild", "settings"].map((k) => [FILES[k], read(k)]);
  const literal = scripts.flatMap(([file, src]) =>
    [...src.matchAll(/["'][\w.-]+:[\w.-]+:\d[^"']*["']|\bversion\s*\(?\s*=?\s*["']\d[^"']*["']/g)].map((m) => `${file}: ${m[0]}`));
  row("versions only in the catalog", "n/a", literal.length ? literal.join("; ") : "yes", literal.length ? "HARD-CODED version" : undefined);
  const rootBuild = read("rootBuild");
  row("build.gradle.kts applies the catalog plugin", "n/a", rootBuild.includes("alias(libs.plugins.smithy.base)") ? "yes" : "no",
    rootBuild.includes("alias(libs.plugins.smithy.base)") ? undefined : "NOT APPLIED via alias(libs.plugins.smithy.base)");

  // The Gradle plugin rejects a "maven" section, so the shared config must not grow one.
  const smithyBuild = JSON.parse(read("smithyBuild"));
  row("smithy-build.json has no maven section", "n/a", "maven" in smithyBuild ? "has one" : "none",
    "maven" in smithyBuild ? "REJECTED by smithy-gradle-plugin" : undefined);

  return rows;
}

export function renderTable(rows) {
  const head = { item: "item", maven: `maven (${FILES.pom})`, gradle: `gradle (${FILES.catalog})`, status: "status" };
  const cols = Object.keys(head);
  const width = Object.fromEntries(cols.map((c) => [c, Math.max(...[head, ...rows].map((r) => String(r[c]).length))]));
  const line = (r) => cols.map((c) => String(r[c]).padEnd(width[c])).join("  ").trimEnd();
  return [line(head), cols.map((c) => "-".repeat(width[c])).join("  "), ...rows.map(line)].join("\n");
}

function main(argv) {
  const at = argv.indexOf("--root");
  const root = at >= 0 ? resolve(argv[at + 1] ?? ".") : resolve(dirname(fileURLToPath(import.meta.url)), "..");
  let rows;
  try {
    rows = checkPins(root);
  } catch (err) {
    if (!(err instanceof PinCheckInputError) && !(err instanceof SyntaxError)) throw err;
    console.error(`check-pins: cannot compare the builds: ${err.message}`);
    return 1;
  }
  const bad = rows.filter((r) => r.status !== "ok");
  console.log(renderTable(rows));
  if (bad.length) {
    console.error(`\ncheck-pins: ${bad.length} difference(s) between the Maven and Gradle builds (rows not marked ok).`);
    console.error(`Change ${FILES.pom} and ${FILES.catalog} together so both paths generate the same client.`);
    return 1;
  }
  console.log(`\ncheck-pins: Maven and Gradle builds pin the same ${rows.length} items`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main(process.argv.slice(2));
