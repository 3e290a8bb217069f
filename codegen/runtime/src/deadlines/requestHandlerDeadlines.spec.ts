import { FetchHttpHandler } from "@smithy/fetch-http-handler";
import { NodeHttpHandler } from "@smithy/node-http-handler";
import { HttpRequest, HttpResponse } from "@smithy/protocol-http";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";
import { ResponseHeadersTimeoutError } from "./ResponseHeadersTimeoutError";
import { withDeadlines } from "./requestHandlerDeadlines";

const request = () => new HttpRequest({ method: "GET", hostname: "example.test", path: "/" });

/** A handler that records the options of each call and answers as `answer` says. */
const recording = (answer: (options: any) => Promise<any>) => {
  const calls: any[] = [];
  return {
    calls,
    metadata: { handlerProtocol: "test" },
    handle: (_request: unknown, options: any = {}) => {
      calls.push(options);
      return answer(options);
    },
    httpHandlerConfigs() {
      return { requestTimeout: 5 };
    },
  };
};
const never = () => new Promise<never>(() => undefined);
const ok = () => Promise.resolve({ response: new HttpResponse({ statusCode: 200, headers: {}, body: Readable.from([]) }) });

describe("withDeadlines", () => {
  it("leaves everything but handle() to the handler itself, and wraps it once", () => {
    const handler = new NodeHttpHandler({ requestTimeout: 7 });
    const wrapped = withDeadlines(handler, { headersTimeout: 100 });
    expect(wrapped).toBeInstanceOf(NodeHttpHandler);
    expect(wrapped.metadata).toEqual({ handlerProtocol: "http/1.1" });
    expect(wrapped.handle).not.toBe(handler.handle);
    expect(wrapped.updateHttpClientConfig).toBe(wrapped.updateHttpClientConfig);
    wrapped.updateHttpClientConfig("requestTimeout", 9);
    expect(withDeadlines(wrapped, { headersTimeout: 100 })).toBe(wrapped);
    expect(withDeadlines(undefined, {})).toBeUndefined();
    const notAHandler = { foo: 1 };
    expect(withDeadlines(notAHandler, {})).toBe(notAHandler);
    wrapped.destroy();
  });

  it("hands the handler a signal of its own that follows the caller's, with the caller's reason", async () => {
    const handler = recording(never);
    const caller = new AbortController();
    void withDeadlines(handler, { headersTimeout: false }).handle(request(), { abortSignal: caller.signal, requestTimeout: 3 }).catch(() => undefined);
    const { abortSignal, requestTimeout } = handler.calls[0];
    expect(abortSignal).not.toBe(caller.signal);
    expect(requestTimeout).toBe(3);
    caller.abort("user gave up");
    expect(abortSignal.aborted).toBe(true);
    expect(abortSignal.reason).toBe("user gave up");
  });

  it("ends an attempt without headers after headersTimeout, aborting the handler's signal, even if the handler ignores it", async () => {
    const handler = recording(never);
    const started = Date.now();
    const error = await withDeadlines(handler, { headersTimeout: 40 }).handle(request()).catch((e) => e);
    expect(error).toBeInstanceOf(ResponseHeadersTimeoutError);
    expect(error.message).toMatch(/^GET example\.test: no response headers arrived within the headersTimeout of 40 ms/);
    expect(Date.now() - started).toBeGreaterThanOrEqual(35);
    expect(handler.calls[0].abortSignal.reason).toBe(error);
  });

  it("aborts what the handler started when the handler itself gives up (FetchHttpHandler's requestTimeout)", async () => {
    const timeout = Object.assign(new Error("Request did not complete within 5 ms"), { name: "TimeoutError" });
    const handler = recording(() => Promise.reject(timeout));
    await expect(withDeadlines(handler, { headersTimeout: 1000 }).handle(request())).rejects.toBe(timeout);
    expect(handler.calls[0].abortSignal.aborted).toBe(true);
  });

  it("once the headers are in, stops following the caller's signal (the body reader follows it) and aborts nothing", async () => {
    const handler = recording(ok);
    const caller = new AbortController();
    const output = await withDeadlines(handler, { headersTimeout: 50 }).handle(request(), { abortSignal: caller.signal });
    expect((output.response as HttpResponse).statusCode).toBe(200);
    caller.abort();
    await new Promise((r) => setTimeout(r, 80));
    expect(handler.calls[0].abortSignal.aborted).toBe(false);
  });

  it("releases a response that arrives after its attempt was given up", async () => {
    let answer!: (v: unknown) => void;
    const body = Readable.from(["late"]);
    const handler = recording(() => new Promise((r) => (answer = r)));
    await expect(withDeadlines(handler, { headersTimeout: 10 }).handle(request())).rejects.toBeInstanceOf(ResponseHeadersTimeoutError);
    answer({ response: new HttpResponse({ statusCode: 200, headers: {}, body }) });
    await new Promise((r) => setTimeout(r, 10));
    expect(body.destroyed).toBe(true);
  });
});

describe("withDeadlines on real handlers against a server that accepts and never answers", () => {
  let server: Server;
  let port: number;
  const hangUps: number[] = [];
  beforeAll(async () => {
    server = createServer((_req: IncomingMessage, res: ServerResponse) => {
      res.on("close", () => !res.writableFinished && hangUps.push(Date.now()));
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  });
  const toServer = () => new HttpRequest({ method: "GET", protocol: "http:", hostname: "127.0.0.1", port, path: "/never" });
  const hungUp = async (count: number) => {
    for (const deadline = Date.now() + 1000; hangUps.length < count && Date.now() < deadline; ) await new Promise((r) => setTimeout(r, 10));
    return hangUps.length >= count;
  };

  it("NodeHttpHandler: headersTimeout closes the request", async () => {
    const handler = withDeadlines(new NodeHttpHandler(), { headersTimeout: 100 });
    const before = hangUps.length;
    await expect(handler.handle(toServer())).rejects.toBeInstanceOf(ResponseHeadersTimeoutError);
    expect(await hungUp(before + 1)).toBe(true);
    handler.destroy();
  });

  it("FetchHttpHandler: its own requestTimeout rejects, and the fetch it left running is aborted", async () => {
    const handler = withDeadlines(new FetchHttpHandler({ requestTimeout: 100 }), { headersTimeout: 5000 });
    const before = hangUps.length;
    await expect(handler.handle(toServer())).rejects.toMatchObject({ name: "TimeoutError", message: "Request did not complete within 100 ms" });
    expect(await hungUp(before + 1)).toBe(true);
  });

  it("FetchHttpHandler: headersTimeout aborts the fetch", async () => {
    const handler = withDeadlines(new FetchHttpHandler(), { headersTimeout: 100 });
    const before = hangUps.length;
    await expect(handler.handle(toServer())).rejects.toBeInstanceOf(ResponseHeadersTimeoutError);
    expect(await hungUp(before + 1)).toBe(true);
  });
});
