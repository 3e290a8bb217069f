#!/usr/bin/env node
// Checks the TypeDoc site `npm run docs` wrote to build/docs by loading it in headless Chromium (Debian's, driven by
// playwright-core), served from a loopback origin as a docs host would serve it. Each page must render (title,
// heading, its own content, the navigation the site's scripts build) with no console error, page error or failed
// request. Also: both packages are documented, the index is the repository README, and no schema object
// (GetAudienceModel$ and the like, see docs/typedoc-plugin.mjs) is listed as API.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { createServer } from "node:http";
import { dirname, extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const site = join(root, "build", "docs");
const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"];
const CLIENT = "_cleanroomsml-sdk_client-cleanroomsml";
const ENDPOINT = "_cleanroomsml-sdk_local-endpoint";
const readmeTitle = readFileSync(join(root, "README.md"), "utf8").match(/^# (.+)$/m)?.[1].trim();

// page, title it must have, heading, text its content must show, a link the built navigation must hold.
const PAGES = [
  { path: `classes/${CLIENT}.GetAudienceModelCommand.html`, title: /^GetAudienceModelCommand \|/, heading: "Class GetAudienceModelCommand",
    text: ["Reads one audience model", "new GetAudienceModelCommand(input)", "GetAudienceModelCommandInput"], nav: "startLocalEndpoint" },
  { path: `modules/${CLIENT}.html`, title: /^@cleanroomsml-sdk\/client-cleanroomsml \|/, heading: "Module @cleanroomsml-sdk/client-cleanroomsml",
    text: ["CleanRoomsMLClient", "waitUntilAudienceModelActive", "ResourceNotFoundException"], nav: "GetAudienceModelCommand" },
  { path: `functions/${ENDPOINT}.startLocalEndpoint.html`, title: /^startLocalEndpoint \|/, heading: "Function startLocalEndpoint",
    text: ["LocalEndpointOptions", "LocalEndpoint"], nav: "GetAudienceModelCommand" },
  // The index is the README, under one title: the README's own first heading.
  { path: "index.html", title: readmeTitle, heading: readmeTitle, text: ["npm install"], nav: "startLocalEndpoint", singleH1: true },
];

const failures = [];
const fail = (msg) => { failures.push(msg); console.error(`FAIL ${msg}`); };

// Static files: what the site has, nothing else.
if (!existsSync(join(site, "index.html"))) {
  console.error("build/docs/index.html missing: run `npm run docs` first");
  process.exit(1);
}
const listed = readdirSync(site, { recursive: true }).map(String);
const schemaPages = listed.filter((f) => /\$|_\.html$/.test(f));
if (schemaPages.length) fail(`schema objects documented: ${schemaPages.slice(0, 5).join(", ")}`);
for (const module of [CLIENT, ENDPOINT]) if (!listed.includes(join("modules", `${module}.html`))) fail(`no module page for ${module}`);

const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css", ".svg": "image/svg+xml", ".json": "application/json" };
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, "http://x").pathname)).replace(/^(\.\.[/\\])+/, "");
  const file = join(site, path.endsWith("/") ? `${path}index.html` : path);
  // Browsers ask every host for a favicon; the site has none, and that is not an error of the site.
  if (path === "/favicon.ico") { res.writeHead(204).end(); return; }
  if (!file.startsWith(site) || !existsSync(file)) { res.writeHead(404).end(); return; }
  res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
try {
  for (const spec of PAGES) {
    const page = await browser.newPage();
    const problems = [];
    page.on("console", (m) => { if (m.type() === "error") problems.push(`console: ${m.text()} (${m.location()?.url})`); });
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    page.on("requestfailed", (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`));
    page.on("response", (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
    const response = await page.goto(`${origin}/${spec.path}`, { waitUntil: "load" }).catch((e) => e);
    if (response instanceof Error || response?.status() !== 200) {
      await page.close();
      fail(`${spec.path}: not served (${response instanceof Error ? response.message.split("\n")[0] : response?.status()})`);
      continue;
    }
    // The site's script builds the sidebar from navigation.js and then shows the body.
    await page.waitForSelector(`.tsd-navigation a:has-text("${spec.nav}")`, { state: "attached", timeout: 15000 })
      .catch(() => problems.push(`navigation never listed ${spec.nav}`));
    await page.waitForFunction(() => document.body.style.display !== "none", null, { timeout: 5000 })
      .catch(() => problems.push("body stayed hidden"));
    const title = await page.title();
    const heading = (await page.locator("h1").first().textContent())?.trim();
    const content = (await page.locator(".col-content").innerText()).replace(/\s+/g, " ");
    if (typeof spec.title === "string" ? title !== spec.title : !spec.title.test(title)) problems.push(`title ${JSON.stringify(title)}`);
    if (heading !== spec.heading) problems.push(`h1 ${JSON.stringify(heading)}, expected ${JSON.stringify(spec.heading)}`);
    for (const text of spec.text) if (!content.includes(text)) problems.push(`content lacks ${JSON.stringify(text)}`);
    if (spec.singleH1 && (await page.locator(".col-content h1").count()) !== 1) problems.push("more than one h1 (doubled title)");
    const navText = await page.locator(".tsd-navigation").innerText().catch(() => "");
    if (/\w\$(\s|$)/.test(navText)) problems.push("navigation lists a schema object");
    await page.close();
    if (problems.length) fail(`${spec.path}: ${problems.join("; ")}`);
    else console.log(`ok   ${spec.path}: "${title}", ${content.length} characters, no console errors`);
  }
} finally {
  await browser.close();
  server.close();
}
if (failures.length) {
  console.error(`docs check FAILED: ${failures.length} problem(s)`);
  process.exit(1);
}
console.log(`docs check OK: ${PAGES.length} pages render in Chromium, both packages documented, no schema objects listed`);
