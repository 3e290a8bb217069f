// The vector table over FetchHttpHandler inside headless Chromium: the browser bundle of the client runs each vector
// in the page and posts its report back here, where the same assertions as the Node runners judge it.
import { TEST_CREDENTIALS, TEST_REGION } from "./support/credentials";
import { BrowserPage, buildBrowserBundle, openBundlePage } from "./support/browser/chromium";
import { runVectorTable } from "./support/protocol-runner";

let browser: BrowserPage | undefined;

runVectorTable("protocol vectors via FetchHttpHandler in Chromium (browser bundle)", {
  transport: "fetch-chromium",
  // Bundling the client and starting Chromium took over 30 s once, on Node 24 with two other suites busy (~11 s idle).
  setupTimeoutMs: 120_000,
  async setup(server) {
    browser = await openBundlePage(buildBrowserBundle());
    const ctx = { endpoint: server.endpoint, credentials: TEST_CREDENTIALS, region: TEST_REGION };
    return (v) => browser!.page.evaluate(([vector, c]) => window.runVector(vector, c), [v, ctx] as const);
  },
  async teardown() {
    await browser?.close();
  },
  afterVectors(server) {
    // The calls above were cross-origin: Chromium must have asked first, and every preflight must have been allowed.
    expect(server.preflights.length).toBeGreaterThan(0);
    expect(server.preflights.filter((p) => p.refused)).toEqual([]);
    expect(server.preflights.every((p) => p.origin === browser!.origin)).toBe(true);
    // Aborted and timed-out fetches log nothing; anything else here is a page error or a CORS refusal.
    expect(browser!.pageErrors.filter((e) => !/ERR_ABORTED|net::ERR_|Failed to load resource/.test(e))).toEqual([]);
  },
});
