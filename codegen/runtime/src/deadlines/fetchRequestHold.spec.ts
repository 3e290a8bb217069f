import { FetchHttpHandler } from "@smithy/fetch-http-handler";
import { NodeHttpHandler } from "@smithy/node-http-handler";
import { HttpRequest } from "@smithy/protocol-http";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { holdFetchRequests } from "./fetchRequestHold";
import { withDeadlines } from "./requestHandlerDeadlines";

// A real garbage collection, as one may happen at any time between sending a request and giving up on it.
setFlagsFromString("--expose-gc");
const gc: () => void = runInNewContext("gc");

let server: Server;
let port: number;
let hangUps = 0;
beforeAll(async () => {
  server = createServer((_req, res) => res.on("close", () => !res.writableFinished && hangUps++));
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

/** Sends through `handler` to a server that never answers, collects garbage, aborts: did the server see the hang-up? */
async function abortAfterGc(handler: { handle: (r: HttpRequest, o: { abortSignal: AbortSignal }) => Promise<unknown> }): Promise<boolean> {
  const before = hangUps;
  const controller = new AbortController();
  const call = handler.handle(new HttpRequest({ method: "GET", protocol: "http:", hostname: "127.0.0.1", port, path: "/" }), { abortSignal: controller.signal }).catch((e) => e);
  await new Promise((r) => setTimeout(r, 100));
  for (let i = 0; i < 5; i++) {
    gc();
    await new Promise((r) => setTimeout(r, 10));
  }
  controller.abort();
  expect(((await call) as Error).name).toBe("AbortError");
  for (const deadline = Date.now() + 1000; hangUps === before && Date.now() < deadline; ) await new Promise((r) => setTimeout(r, 10));
  return hangUps > before;
}

describe("holdFetchRequests", () => {
  // FetchHttpHandler passes fetch() a Request it keeps no reference to; undici follows the Request's signal through a
  // WeakRef, so after a garbage collection the abort is lost and the request stays open.
  test.failing("a bare FetchHttpHandler's request is closed by an abort after a garbage collection [known upstream failure: @smithy/fetch-http-handler 5.8 drops the Request it gave Node's fetch, whose abort undici links weakly]", async () => {
    expect(await abortAfterGc(new FetchHttpHandler())).toBe(true);
  });

  it("with the client's wrapper, the abort closes the request even after a garbage collection", async () => {
    expect(await abortAfterGc(withDeadlines(new FetchHttpHandler(), { headersTimeout: false }))).toBe(true);
  });

  it("keeps and calls a customFetch the handler already had, and wraps it once", async () => {
    const seen: unknown[] = [];
    const handler = new FetchHttpHandler({ customFetch: ((request: unknown) => (seen.push(request), fetch(request as Request))) as typeof fetch });
    const update = jest.spyOn(handler, "updateHttpClientConfig");
    holdFetchRequests(handler);
    holdFetchRequests(handler);
    expect(update).toHaveBeenCalledTimes(1);
    expect(await abortAfterGc(handler)).toBe(true);
    expect(seen).toHaveLength(1);
  });

  it("leaves other handlers alone", () => {
    const handler = new NodeHttpHandler();
    const update = jest.spyOn(handler, "updateHttpClientConfig");
    holdFetchRequests(handler);
    holdFetchRequests({ handle: async () => ({}) });
    expect(update).not.toHaveBeenCalled();
  });
});
