import { constructStack } from "@smithy/middleware-stack";
import { getRetryPlugin } from "@smithy/core/retry";
import { HttpRequest, HttpResponse } from "@smithy/protocol-http";
import { ConfiguredRetryStrategy } from "@smithy/util-retry";
import { Readable } from "node:stream";
import { CallTimeoutError } from "./CallTimeoutError";
import { ResponseHeadersTimeoutError } from "./ResponseHeadersTimeoutError";
import { getDeadlinesPlugin } from "./deadlinesPlugin";

/**
 * A client-like stack: the deadlines plugin and @smithy/core's retry middleware around a terminal handler that sends
 * each attempt's request through config.requestHandler, as a command does. `respond` answers each attempt.
 */
function client(options: { callTimeout: number | false; headersTimeout?: number | false; backoffMs?: number; maxAttempts?: number },
  respond: (attempt: number, handlerOptions: any) => Promise<any>) {
  const handlerCalls: any[] = [];
  const config: any = {
    headersTimeout: options.headersTimeout ?? false,
    callTimeout: options.callTimeout,
    requestHandler: {
      handle: (_request: unknown, handlerOptions: any) => {
        handlerCalls.push(handlerOptions);
        return respond(handlerCalls.length, handlerOptions);
      },
    },
  };
  const stack = constructStack<any, any>();
  const maxAttempts = options.maxAttempts ?? 3;
  stack.use(getRetryPlugin({ retryStrategy: async () => new ConfiguredRetryStrategy(maxAttempts, options.backoffMs ?? 1), maxAttempts: async () => maxAttempts } as any));
  stack.use(getDeadlinesPlugin(config));
  // The serialize step builds the request, as a protocol would; the signing step replaces it with a copy.
  stack.add((next) => (args: any) => next({ ...args, request: new HttpRequest({ method: "GET", hostname: "example.test", path: "/" }) }), { step: "serialize" });
  stack.add((next) => (args: any) => next({ ...args, request: HttpRequest.clone(args.request) }), { step: "finalizeRequest", priority: "low" });
  const send = (abortSignal?: AbortSignal) =>
    stack.resolve((args: any) => config.requestHandler.handle(args.request, abortSignal ? { abortSignal } : {}), {
      commandName: "GetThingCommand",
      __smithy_context: abortSignal ? { abortSignal } : {},
    } as any)({ input: {} });
  return { send, stack, config, handlerCalls };
}

const ok = () => Promise.resolve({ response: new HttpResponse({ statusCode: 200, headers: {}, body: Readable.from([]) }), output: { $metadata: {} } });
const transient = () => Promise.reject(Object.assign(new Error("socket hang up"), { code: "ECONNRESET", $metadata: {} }));
const never = (_attempt: number, options: any) =>
  new Promise((_resolve, reject) => options.abortSignal.addEventListener("abort", () => reject(Object.assign(new Error("Request aborted"), { name: "AbortError" }))));

describe("getDeadlinesPlugin", () => {
  it("with callTimeout off adds no middleware, and wraps the request handler", async () => {
    const { stack, send, handlerCalls } = client({ callTimeout: false }, ok);
    expect(stack.identify().filter((n) => n.startsWith("call"))).toEqual([]);
    await send();
    // The handler got the wrapper's own signal for the attempt, though the caller passed none.
    expect(handlerCalls[0].abortSignal).toBeInstanceOf(AbortSignal);
  });

  it("with callTimeout adds the call deadline outermost and the attempt middleware first in deserialize", () => {
    const { stack } = client({ callTimeout: 100 }, ok);
    const names = stack.identify();
    expect(names[0]).toBe("callDeadlineMiddleware - initialize");
    expect(names.filter((n) => n.endsWith("- deserialize"))[0]).toBe("callAttemptMiddleware - deserialize");
  });
});

describe("callTimeout", () => {
  it("lets a call that finishes in time through, attempts and all", async () => {
    const { send } = client({ callTimeout: 1000 }, (attempt) => (attempt < 2 ? transient() : ok()));
    const { output } = await send();
    expect(output.$metadata.attempts).toBe(2);
  });

  it("stops a call whose attempts hang: the attempt's transport signal is aborted and the call rejects at the deadline", async () => {
    const { send, handlerCalls } = client({ callTimeout: 150, headersTimeout: 60 }, never);
    const started = Date.now();
    const error = await send().catch((e) => e);
    const elapsed = Date.now() - started;
    expect(error).toBeInstanceOf(CallTimeoutError);
    expect(elapsed).toBeGreaterThanOrEqual(145);
    expect(elapsed).toBeLessThan(400);
    // Attempts at 0, ~60 and ~120 ms, each ended by headersTimeout; the third was in flight at 150 ms.
    expect(error.$metadata.attempts).toBe(3);
    expect(error.lastAttemptError).toBeInstanceOf(ResponseHeadersTimeoutError);
    expect(handlerCalls).toHaveLength(3);
    expect(handlerCalls.every((o) => o.abortSignal.aborted)).toBe(true);
    expect(handlerCalls[2].abortSignal.reason).toBe(error);
  });

  it("cuts a back-off short, and starts no attempt after the deadline", async () => {
    const { send, handlerCalls } = client({ callTimeout: 120, backoffMs: 300 }, transient);
    const started = Date.now();
    const error = await send().catch((e) => e);
    expect(error).toBeInstanceOf(CallTimeoutError);
    expect(Date.now() - started).toBeLessThan(250);
    expect(error.$metadata.attempts).toBe(1);
    expect(error.lastAttemptError).toMatchObject({ code: "ECONNRESET" });
    // The retry middleware wakes up after its back-off; the attempt middleware refuses to send.
    await new Promise((r) => setTimeout(r, 350));
    expect(handlerCalls).toHaveLength(1);
  });

  it("keeps the call's link after the headers, so the deadline also closes the connection of a body being read", async () => {
    const { send, stack, handlerCalls } = client({ callTimeout: 80 }, ok);
    // A body reader (inside the attempt middleware, as the client's is) that takes longer than the deadline.
    stack.add((next) => async (args: any) => {
      const result = await next(args);
      await new Promise((r) => setTimeout(r, 300));
      return result;
    }, { step: "deserialize", priority: "low" });
    const started = Date.now();
    const error = await send().catch((e) => e);
    expect(error).toBeInstanceOf(CallTimeoutError);
    expect(Date.now() - started).toBeLessThan(250);
    expect(handlerCalls[0].abortSignal.aborted).toBe(true);
    expect(handlerCalls[0].abortSignal.reason).toBe(error);
  });

  it("follows the caller's abort, which stays an AbortError", async () => {
    const caller = new AbortController();
    const { send, handlerCalls } = client({ callTimeout: 1000 }, never);
    const pending = send(caller.signal).catch((e) => e);
    setTimeout(() => caller.abort(), 30);
    const error = await pending;
    expect(error.name).toBe("AbortError");
    expect(handlerCalls).toHaveLength(1);
    expect(handlerCalls[0].abortSignal.aborted).toBe(true);
  });
});
