// Headless Debian Chromium (driven by playwright-core) on a page that loads the esbuild browser bundle of the client.
// The page is served from its own loopback origin, a different port from the protocol server, so every call is a
// real cross-origin request with a CORS preflight, as it is for a web app calling AWS.
import { buildSync } from "esbuild";
import { createServer, Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { readFileSync } from "node:fs";
import { Browser, chromium, Page } from "playwright-core";

const ROOT = join(__dirname, "..", "..", "..");
const BUNDLE = join(ROOT, "build", "test-bundles", "protocol-browser.js");

export const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"];

/** Bundles test/support/browser/entry.ts for the browser: the package resolves through its "browser" field. */
export function buildBrowserBundle(): string {
  buildSync({
    entryPoints: [join(__dirname, "entry.ts")],
    outfile: BUNDLE,
    bundle: true,
    platform: "browser",
    format: "iife",
    target: "es2022",
    sourcemap: "inline",
    logLevel: "warning",
  });
  return BUNDLE;
}

export interface BrowserPage {
  page: Page;
  origin: string;
  /** Uncaught page errors and console errors; a runner fails if any appear. */
  pageErrors: string[];
  close(): Promise<void>;
}

export async function openBundlePage(bundleFile: string): Promise<BrowserPage> {
  const bundle = readFileSync(bundleFile);
  const html = `<!doctype html><meta charset="utf-8"><title>protocol vectors</title><script src="/bundle.js"></script>`;
  const pageServer: Server = createServer((req, res) => {
    if (req.url === "/bundle.js") {
      res.writeHead(200, { "content-type": "text/javascript" });
      res.end(bundle);
    } else if (req.url === "/") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(html);
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((r) => pageServer.listen(0, "127.0.0.1", r));
  const origin = `http://127.0.0.1:${(pageServer.address() as AddressInfo).port}`;

  const browser: Browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
  const page = await browser.newPage();
  const pageErrors: string[] = [];
  page.on("pageerror", (e) => pageErrors.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    // A refused CORS request shows up only here, so keep every error line.
    if (m.type() === "error") pageErrors.push(`console.error: ${m.text()}`);
  });
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => typeof window.runVector === "function");
  return {
    page,
    origin,
    pageErrors,
    close: async () => {
      await browser.close();
      pageServer.closeAllConnections();
      await new Promise<void>((r) => pageServer.close(() => r()));
    },
  };
}
