import { constructStack } from "@smithy/middleware-stack";
import { streamCollector } from "@smithy/node-http-handler";
import { HttpResponse } from "@smithy/protocol-http";
import { ServiceException } from "@smithy/smithy-client";
import { Readable } from "node:stream";
import { ResponseBodyTimeoutError } from "./ResponseBodyReadError";
import { ResponseTooLargeError } from "./ResponseTooLargeError";
import { UnparseableResponseError } from "./UnparseableResponseError";
import { getUnparseableResponsePlugin, unparseableResponseBufferMiddleware, unparseableResponseMiddleware } from "./unparseableResponsePlugin";

const context = { commandName: "GetThingCommand" } as any;
const config = { streamCollector, requestHandler: { httpHandlerConfigs: () => ({ requestTimeout: 40 }) } };
const respond = (body: unknown, statusCode = 200) => async () => ({ response: new HttpResponse({ statusCode, headers: {}, body }), output: undefined });

describe("unparseableResponseBufferMiddleware", () => {
  const buffer = (body: unknown): Promise<{ response: HttpResponse }> =>
    unparseableResponseBufferMiddleware(config)(respond(body) as any, context)({} as any) as any;

  it("reads a streamed body once and puts the bytes back as the body", async () => {
    const { response } = await buffer(Readable.from([Buffer.from("{\"a\":"), Buffer.from("1}")]));
    expect(response.body).toBeInstanceOf(Uint8Array);
    expect(new TextDecoder().decode(response.body)).toBe("{\"a\":1}");
  });

  it("leaves bytes as they are and makes a missing body an empty one", async () => {
    const bytes = new Uint8Array([1, 2]);
    expect((await buffer(bytes)).response.body).toBe(bytes);
    expect((await buffer(undefined)).response.body).toEqual(new Uint8Array(0));
    expect((await buffer(null)).response.body).toEqual(new Uint8Array(0));
  });

  it("bounds the read by the handler's requestTimeout", async () => {
    const stalled = new Readable({ read() {} });
    await expect(buffer(stalled)).rejects.toBeInstanceOf(ResponseBodyTimeoutError);
    expect(stalled.destroyed).toBe(true);
  });

  it("applies the operation's default limit, which the client's maxResponseBytes replaces or turns off", async () => {
    const read = (clientLimit: number | false | undefined, body: unknown, headers: Record<string, string> = {}) =>
      unparseableResponseBufferMiddleware({ ...config, maxResponseBytes: clientLimit }, 10)(
        (async () => ({ response: new HttpResponse({ statusCode: 200, headers, body }), output: undefined })) as any,
        context,
      )({} as any) as Promise<{ response: HttpResponse }>;
    const eleven = () => Readable.from([Buffer.alloc(11)]);
    await expect(read(undefined, eleven())).rejects.toMatchObject({ name: "ResponseTooLargeError", maxResponseBytes: 10, receivedBytes: 11 });
    await expect(read(undefined, Readable.from([Buffer.alloc(10)]))).resolves.toBeDefined();
    expect((await read(12, eleven())).response.body).toHaveLength(11);
    expect((await read(false, eleven())).response.body).toHaveLength(11);
    await expect(read(5, Readable.from([]), { "content-length": "6" })).rejects.toMatchObject({ contentLength: 6, receivedBytes: 0 });
    // Bytes a custom handler already holds are checked against the same limit.
    const error = await read(undefined, new Uint8Array(11)).catch((e) => e);
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect(error.message).toMatch(/^GetThing response is larger than maxResponseBytes \(10 bytes\): 11 bytes had arrived/);
  });

  it("ends a body that stalls for the client's bodyTimeout", async () => {
    const stalled = new Readable({ read() {} });
    const error = await unparseableResponseBufferMiddleware({ streamCollector, bodyTimeout: 30 })(respond(stalled) as any, context)({} as any).catch((e) => e);
    expect(error).toMatchObject({ name: "TimeoutError", option: "bodyTimeout", timeoutMs: 30 });
    expect(stalled.destroyed).toBe(true);
  });

  it("passes through a result that is not an HTTP response", async () => {
    const result = { response: { statusCode: 200 }, output: 1 };
    await expect(unparseableResponseBufferMiddleware(config)((async () => result) as any, context)({} as any)).resolves.toBe(result);
  });
});

describe("unparseableResponseMiddleware", () => {
  const failWith = (error: unknown) => unparseableResponseMiddleware((async () => Promise.reject(error)) as any, context)({} as any);
  const parseError = (body: unknown, statusCode = 502) =>
    Object.assign(new SyntaxError("Unexpected token '<'"), { $response: new HttpResponse({ statusCode, headers: {}, body }) });

  it("turns a parse failure on a read body into UnparseableResponseError with the body and the cause", async () => {
    const cause = parseError(new TextEncoder().encode("<html>502</html>"));
    const error = await failWith(cause).catch((e) => e);
    expect(error).toBeInstanceOf(UnparseableResponseError);
    expect(error).toMatchObject({ $fault: "server", $responseBodyText: "<html>502</html>", cause });
    expect(error.message).toMatch(/^GetThing response could not be parsed \(HTTP 502/);
  });

  it("accepts the body as the text the parser handed back", async () => {
    const error = await failWith(parseError("<html>é</html>", 403)).catch((e) => e);
    expect(error).toMatchObject({ $fault: "client", $responseBodyText: "<html>é</html>" });
  });

  it("lets service errors, transport errors and unread bodies pass unchanged", async () => {
    const modeled = Object.assign(new ServiceException({ name: "Throttling", $fault: "client", $metadata: {} }), {
      $response: new HttpResponse({ statusCode: 429, headers: {}, body: new Uint8Array(0) }),
    });
    await expect(failWith(modeled)).rejects.toBe(modeled);
    const transport = Object.assign(new Error("socket hang up"), { code: "ECONNRESET" });
    await expect(failWith(transport)).rejects.toBe(transport);
    const stream = parseError(Readable.from([]));
    await expect(failWith(stream)).rejects.toBe(stream);
    await expect(failWith("a string")).rejects.toBe("a string");
  });

  it("returns a successful result untouched", async () => {
    const result = { response: {}, output: { ok: true } };
    await expect(unparseableResponseMiddleware((async () => result) as any, context)({} as any)).resolves.toBe(result);
  });
});

describe("getUnparseableResponsePlugin", () => {
  it("wraps the deserializer on both sides, in the deserialize step, once however often it is applied", () => {
    const stack = constructStack<any, any>();
    stack.add((next) => next, { step: "deserialize", name: "deserializerMiddleware" });
    const plugin = getUnparseableResponsePlugin(config);
    stack.use(plugin);
    stack.use(plugin);
    expect(stack.identify()).toEqual([
      "unparseableResponseMiddleware - before deserializerMiddleware",
      "deserializerMiddleware - deserialize",
      "unparseableResponseBufferMiddleware - after deserializerMiddleware",
    ]);
  });

  it("builds one plugin per client config and default limit", () => {
    expect(getUnparseableResponsePlugin(config)).toBe(getUnparseableResponsePlugin(config));
    expect(getUnparseableResponsePlugin({ ...config })).not.toBe(getUnparseableResponsePlugin(config));
    expect(getUnparseableResponsePlugin(config, { maxResponseBytes: 5 })).toBe(getUnparseableResponsePlugin(config, { maxResponseBytes: 5 }));
    expect(getUnparseableResponsePlugin(config, { maxResponseBytes: 5 })).not.toBe(getUnparseableResponsePlugin(config, { maxResponseBytes: 6 }));
    expect(getUnparseableResponsePlugin(config, {})).toBe(getUnparseableResponsePlugin(config));
  });
});
