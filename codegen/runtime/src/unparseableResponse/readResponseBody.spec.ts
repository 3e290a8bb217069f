import { streamCollector } from "@smithy/node-http-handler";
import { HttpResponse } from "@smithy/protocol-http";
import { Readable } from "node:stream";
import { ReadableStream } from "node:stream/web";
import { ResponseBodyReadError, ResponseBodyTimeoutError } from "./ResponseBodyReadError";
import { ResponseTooLargeError } from "./ResponseTooLargeError";
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
    // A body neither Node nor web stream goes through the collector; these collectors fail the way Node's does.
    const failing = (async () => {
      throw new Error("aborted");
    }) as any;
    const withoutAbort = await readResponseBody({}, failing, response, { startedAt: Date.now() }).catch((e) => e);
    expect(withoutAbort).toBeInstanceOf(ResponseBodyReadError);
    const afterAbort = await readResponseBody({}, failing, response, {
      startedAt: Date.now(),
      signal: { aborted: false, reason: "stop", addEventListener: () => undefined, removeEventListener: () => undefined },
    }).catch((e) => e);
    expect(afterAbort).toBeInstanceOf(ResponseBodyReadError); // the signal had not fired
    const fired = { aborted: false, reason: "stop" as unknown, addEventListener: () => undefined, removeEventListener: () => undefined };
    const pending = readResponseBody({}, (async () => {
      fired.aborted = true;
      throw new Error("aborted");
    }) as any, response, { startedAt: Date.now(), signal: fired }).catch((e) => e);
    const error = await pending;
    expect(error.name).toBe("AbortError");
    expect(error.cause).toBe("stop");
  });

  it("types a Node stream destroyed without an error, which never ends, as a read error", async () => {
    const body = new Readable({ read() {} });
    const pending = readResponseBody(body, streamCollector, response, { startedAt: Date.now(), maxBytes: 100 }).catch((e) => e);
    body.destroy();
    const error = await pending;
    expect(error).toBeInstanceOf(ResponseBodyReadError);
    expect(String(error.cause)).toMatch(/closed before the end of the body/);
  });

  it("returns a body of one chunk as that chunk, without a copy", async () => {
    const chunk = Buffer.from("{}");
    expect(await readResponseBody(Readable.from([chunk]), streamCollector, response, { startedAt: Date.now(), maxBytes: 10 })).toBe(chunk);
  });
});

/** A Node body that sends `chunks` of `size` bytes, one every `everyMs`, then ends (Infinity: never ends). */
const trickle = (size: number, everyMs: number, chunks = Infinity) => {
  let sent = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const body = new Readable({
    read() {
      if (timer !== undefined) return;
      timer = setTimeout(() => {
        timer = undefined;
        if (sent++ >= chunks) this.push(null);
        else this.push(Buffer.alloc(size, 0x61));
      }, everyMs);
    },
    destroy(error, callback) {
      clearTimeout(timer);
      callback(error);
    },
  });
  return body;
};

describe("readResponseBody: maxBytes", () => {
  const sized = (headers: Record<string, string>) => new HttpResponse({ statusCode: 200, headers: { "x-amzn-requestid": "req-4", ...headers } });

  it("reads a body of exactly maxBytes, in any number of chunks", async () => {
    const bytes = await readResponseBody(Readable.from([Buffer.alloc(60, 1), Buffer.alloc(40, 2)]), streamCollector, response, { startedAt: Date.now(), maxBytes: 100 });
    expect(bytes.byteLength).toBe(100);
  });

  it("stops a Node body one byte over the limit, destroys it and says how much arrived", async () => {
    const body = Readable.from([Buffer.alloc(60, 1), Buffer.alloc(41, 2), Buffer.alloc(10, 3)]);
    const error = await readResponseBody(body, streamCollector, sized({}), { startedAt: Date.now(), maxBytes: 100, commandName: "GetThingCommand" }).catch((e) => e);
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect(error).toMatchObject({ maxResponseBytes: 100, receivedBytes: 101, $metadata: { httpStatusCode: 200, requestId: "req-4" } });
    expect(error).not.toHaveProperty("contentLength");
    expect(error.message).toBe(
      "GetThing response is larger than maxResponseBytes (100 bytes): 101 bytes had arrived (HTTP 200); reading stopped and the connection was closed.",
    );
    expect(body.destroyed).toBe(true);
  });

  it("stops an endless Node body once it passes the limit", async () => {
    const body = trickle(1024, 0);
    const error = await readResponseBody(body, streamCollector, response, { startedAt: Date.now(), maxBytes: 64 * 1024 }).catch((e) => e);
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect(error.receivedBytes).toBe(65 * 1024);
    expect(body.destroyed).toBe(true);
  });

  it("cancels a web body over the limit", async () => {
    const state: { cancelled?: unknown } = {};
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.enqueue(new Uint8Array(30));
      },
      cancel(reason) {
        state.cancelled = reason;
      },
    });
    const error = await readResponseBody(body, streamCollector, response, { startedAt: Date.now(), maxBytes: 100 }).catch((e) => e);
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect(error.receivedBytes).toBe(120);
    expect(state.cancelled).toBe(error);
  });

  it("refuses a body whose content-length is over the limit before reading a byte", async () => {
    const body = stalledNodeBody();
    const error = await readResponseBody(body, streamCollector, sized({ "content-length": "2147483648" }), { startedAt: Date.now(), maxBytes: 100 }).catch((e) => e);
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect(error).toMatchObject({ receivedBytes: 0, contentLength: 2147483648 });
    expect(error.message).toMatch(/: its content-length is 2147483648 bytes \(HTTP 200\)/);
    expect(body.destroyed).toBe(true);
  });

  it("takes a content-length at the limit and ignores one that is not a plain number", async () => {
    expect((await readResponseBody(Readable.from([Buffer.alloc(100)]), streamCollector, sized({ "content-length": "100" }), { startedAt: Date.now(), maxBytes: 100 })).byteLength).toBe(100);
    expect((await readResponseBody(Readable.from([Buffer.alloc(5)]), streamCollector, sized({ "content-length": "1e9" }), { startedAt: Date.now(), maxBytes: 100 })).byteLength).toBe(5);
  });

  it("refuses a Blob over the limit by its size, and counts what the collector returns for other bodies", async () => {
    const blob = new Blob([new Uint8Array(101)]);
    await expect(readResponseBody(blob, streamCollector, response, { startedAt: Date.now(), maxBytes: 100 })).rejects.toMatchObject({ receivedBytes: 101 });
    const collected = async () => new Uint8Array(101);
    await expect(readResponseBody({}, collected as any, response, { startedAt: Date.now(), maxBytes: 100 })).rejects.toBeInstanceOf(ResponseTooLargeError);
    expect((await readResponseBody(new Blob([new Uint8Array(3)]), streamCollector, response, { startedAt: Date.now(), maxBytes: 100 })).byteLength).toBe(3);
  });
});

describe("readResponseBody: idleTimeoutMs (bodyTimeout)", () => {
  it("lets a body that keeps arriving run longer than the idle deadline", async () => {
    const started = Date.now();
    const bytes = await readResponseBody(trickle(10, 20, 8), streamCollector, response, { startedAt: started, idleTimeoutMs: 100 });
    expect(bytes.byteLength).toBe(80);
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
  });

  it("stops a body once no byte arrived for the idle deadline, and names bodyTimeout", async () => {
    const body = stalledNodeBody();
    const started = Date.now();
    const error = await readResponseBody(body, streamCollector, response, { startedAt: started - 10_000, idleTimeoutMs: 60, commandName: "GetThingCommand" }).catch((e) => e);
    expect(error).toBeInstanceOf(ResponseBodyTimeoutError);
    expect(error).toMatchObject({ name: "TimeoutError", option: "bodyTimeout", timeoutMs: 60 });
    expect(error.message).toMatch(/^GetThing response body stalled: no byte arrived for the bodyTimeout of 60 ms \(HTTP 200\)/);
    expect(body.destroyed).toBe(true);
    // Counted from when reading began (and each byte), not from when the request went out.
    expect(Date.now() - started).toBeGreaterThanOrEqual(55);
  });

  it("whichever of requestTimeout and bodyTimeout comes first ends the read", async () => {
    const slow = await readResponseBody(trickle(1, 20), streamCollector, response, { startedAt: Date.now(), timeoutMs: 120, idleTimeoutMs: 1000 }).catch((e) => e);
    expect(slow).toMatchObject({ option: "requestTimeout", timeoutMs: 120 });
    const stalled = await readResponseBody(stalledNodeBody(), streamCollector, response, { startedAt: Date.now(), timeoutMs: 1000, idleTimeoutMs: 40 }).catch((e) => e);
    expect(stalled).toMatchObject({ option: "bodyTimeout", timeoutMs: 40 });
  });
});
