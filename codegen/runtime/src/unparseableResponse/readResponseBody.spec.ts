import { streamCollector } from "@smithy/node-http-handler";
import { HttpResponse } from "@smithy/protocol-http";
import { Readable } from "node:stream";
import { ReadableStream } from "node:stream/web";
import { ResponseBodyReadError, ResponseBodyTimeoutError } from "./ResponseBodyReadError";
import { bodyTimeoutMs, readResponseBody } from "./readResponseBody";

const response = new HttpResponse({ statusCode: 200, headers: { "x-amzn-requestid": "req-3" } });
const text = (b: Uint8Array) => new TextDecoder().decode(b);

/** A Node body that sends its first bytes and then nothing. */
const stalledNodeBody = () => {
  let sent = false;
  return new Readable({
    read() {
      if (!sent) {
        sent = true;
        this.push("{\"partial\":");
      }
    },
  });
};

/** A web body that sends its first bytes and then nothing; records its cancellation. */
const stalledWebBody = () => {
  const state: { cancelled?: unknown } = {};
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode("{\"partial\":"));
    },
    cancel(reason) {
      state.cancelled = reason;
    },
  });
  return { body, state };
};

const handler = (configs: Record<string, unknown>, handlerProtocol?: string) => ({
  httpHandlerConfigs: () => configs,
  ...(handlerProtocol ? { metadata: { handlerProtocol } } : {}),
});

describe("bodyTimeoutMs", () => {
  it("bounds the body for fetch-style handlers, which always enforce requestTimeout", () => {
    expect(bodyTimeoutMs(handler({ requestTimeout: 300 }))).toBe(300);
  });

  it("follows the Node handlers' throwOnRequestTimeout opt-in", () => {
    expect(bodyTimeoutMs(handler({ requestTimeout: 300 }, "http/1.1"))).toBeUndefined();
    expect(bodyTimeoutMs(handler({ requestTimeout: 300 }, "h2"))).toBeUndefined();
    expect(bodyTimeoutMs(handler({ requestTimeout: 300, throwOnRequestTimeout: true }, "http/1.1"))).toBe(300);
  });

  it.each([[undefined], [0], [-1], [Infinity], ["300"]])("has no deadline for requestTimeout %p", (requestTimeout) => {
    expect(bodyTimeoutMs(handler({ requestTimeout }))).toBeUndefined();
  });

  it("has no deadline for a handler without configs", () => {
    expect(bodyTimeoutMs(undefined)).toBeUndefined();
    expect(bodyTimeoutMs({})).toBeUndefined();
    expect(bodyTimeoutMs({ httpHandlerConfigs: () => undefined })).toBeUndefined();
  });
});

describe("readResponseBody", () => {
  it("without limits, is the runtime's collector", async () => {
    const collect = jest.fn(streamCollector);
    const bytes = await readResponseBody(Readable.from([Buffer.from("{}")]), collect, response, { startedAt: Date.now() });
    expect(text(bytes)).toBe("{}");
    expect(collect).toHaveBeenCalledTimes(1);
  });

  it("within limits, reads a whole Node body and a whole web body", async () => {
    const limits = { startedAt: Date.now(), timeoutMs: 5000, signal: new AbortController().signal };
    expect(text(await readResponseBody(Readable.from([Buffer.from("{\"a\":"), Buffer.from("1}")]), streamCollector, response, limits))).toBe("{\"a\":1}");
    const web = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(new TextEncoder().encode("{\"b\":"));
        c.enqueue(new TextEncoder().encode("2}"));
        c.close();
      },
    });
    expect(text(await readResponseBody(web, streamCollector, response, limits))).toBe("{\"b\":2}");
  });

  it("stops a Node body that stalls past the deadline and destroys the stream", async () => {
    const body = stalledNodeBody();
    const started = Date.now();
    const error = await readResponseBody(body, streamCollector, response, { startedAt: started, timeoutMs: 50, commandName: "GetThingCommand" }).catch((e) => e);
    expect(error).toBeInstanceOf(ResponseBodyTimeoutError);
    expect(error).toMatchObject({ name: "TimeoutError", timeoutMs: 50, $metadata: { httpStatusCode: 200, requestId: "req-3" } });
    expect(error.message).toMatch(/^GetThing response body did not finish within the requestTimeout of 50 ms/);
    expect(body.destroyed).toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
  });

  it("counts the deadline from when the request went out, not from when reading began", async () => {
    const started = Date.now();
    const error = await readResponseBody(stalledNodeBody(), streamCollector, response, { startedAt: started - 1000, timeoutMs: 50 }).catch((e) => e);
    expect(error).toBeInstanceOf(ResponseBodyTimeoutError);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it("cancels a web body that stalls past the deadline", async () => {
    const { body, state } = stalledWebBody();
    const error = await readResponseBody(body, streamCollector, response, { startedAt: Date.now(), timeoutMs: 30 }).catch((e) => e);
    expect(error).toBeInstanceOf(ResponseBodyTimeoutError);
    expect(state.cancelled).toBe(error);
  });

  it("ends with an AbortError carrying the signal's reason when the caller aborts mid-body", async () => {
    const controller = new AbortController();
    const body = stalledNodeBody();
    const pending = readResponseBody(body, streamCollector, response, { startedAt: Date.now(), signal: controller.signal });
    setTimeout(() => controller.abort(new Error("user gave up")), 10);
    const error = await pending.catch((e) => e);
    expect(error.name).toBe("AbortError");
    expect(error).not.toBeInstanceOf(ResponseBodyReadError);
    expect(error.cause).toEqual(new Error("user gave up"));
    expect(error.$metadata).toMatchObject({ httpStatusCode: 200 });
    expect(error.$response).toBe(response);
    expect(body.destroyed).toBe(true);
  });

  it("refuses to start reading for a signal that already fired, and cancels the body", async () => {
    const { body, state } = stalledWebBody();
    const error = await readResponseBody(body, streamCollector, response, { startedAt: Date.now(), signal: AbortSignal.abort() }).catch((e) => e);
    expect(error.name).toBe("AbortError");
    expect(state).toHaveProperty("cancelled"); // cancel() ran (with no reason)
    await expect(body.getReader().read()).resolves.toEqual({ done: true, value: undefined });
  });

  it("types a body the runtime fails as a transient ResponseBodyReadError", async () => {
    const reset = Object.assign(new Error("aborted"), { code: "ECONNRESET" });
    const body = new Readable({
      read() {
        this.destroy(reset);
      },
    });
    const error = await readResponseBody(body, streamCollector, response, { startedAt: Date.now(), commandName: "GetThingCommand" }).catch((e) => e);
    expect(error).toBeInstanceOf(ResponseBodyReadError);
    expect(error).not.toBeInstanceOf(ResponseBodyTimeoutError);
    expect(error).toMatchObject({ code: "ECONNRESET", cause: reset, $retryable: { throttling: false } });
    expect(error.message).toMatch(/^GetThing response body broke off/);
  });

  it("calls a failure after the caller's abort an AbortError (Node fails such a body with 'aborted'), a read error otherwise", async () => {
    const failing = (async () => {
      throw new Error("aborted");
    }) as any;
    const withoutAbort = await readResponseBody(Readable.from([]), failing, response, { startedAt: Date.now() }).catch((e) => e);
    expect(withoutAbort).toBeInstanceOf(ResponseBodyReadError);
    const afterAbort = await readResponseBody(Readable.from([]), failing, response, {
      startedAt: Date.now(),
      signal: { aborted: false, reason: "stop", addEventListener: () => undefined, removeEventListener: () => undefined },
    }).catch((e) => e);
    expect(afterAbort).toBeInstanceOf(ResponseBodyReadError); // the signal had not fired
    const fired = { aborted: false, reason: "stop" as unknown, addEventListener: () => undefined, removeEventListener: () => undefined };
    const pending = readResponseBody(Readable.from([]), (async () => {
      fired.aborted = true;
      throw new Error("aborted");
    }) as any, response, { startedAt: Date.now(), signal: fired }).catch((e) => e);
    const error = await pending;
    expect(error.name).toBe("AbortError");
    expect(error.cause).toBe("stop");
  });
});
