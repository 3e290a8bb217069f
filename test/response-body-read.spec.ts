// How the generated client reads a response body, on both published builds, with request handlers of this realm so
// the errors and streams can be inspected directly (the protocol vectors cover the real transports): requestTimeout
// bounds the body and the read is stopped at its source, the caller's AbortSignal ends it with an AbortError, a read
// the runtime fails is a transient ResponseBodyReadError, and the Node handlers' throwOnRequestTimeout opt-in holds.
import { HttpResponse } from "@smithy/protocol-http";
import { ConfiguredRetryStrategy } from "@smithy/util-retry";
import { Readable } from "node:stream";
import { ReadableStream } from "node:stream/web";
import { builds } from "./support/builds";
import { TEST_CREDENTIALS, TEST_REGION } from "./support/credentials";
import { audienceModelArn, minimalAudienceModel } from "./support/fixtures";

const ARN = audienceModelArn("m");
const MODEL_JSON = JSON.stringify(minimalAudienceModel(ARN, "m"));
const HEADERS = { "content-type": "application/json", "x-amzn-requestid": "req-body" };

/** A Node body that sends its first bytes and then nothing, ever. */
const stalledNodeBody = () => new Readable({ read() { if (!this.readableLength && !(this as any).sent) { (this as any).sent = true; this.push(MODEL_JSON.slice(0, 20)); } } });
const completeNodeBody = () => Readable.from([Buffer.from(MODEL_JSON)]);

/** A handler that answers each attempt with the next body factory (the last repeats) and records what it served. */
function scriptedHandler(bodies: Array<() => unknown>, configs: Record<string, unknown>, metadata?: { handlerProtocol: string }) {
  const served: unknown[] = [];
  return {
    served,
    handle: async () => {
      const body = bodies[Math.min(served.length, bodies.length - 1)]();
      served.push(body);
      return { response: new HttpResponse({ statusCode: 200, headers: { ...HEADERS }, body }) };
    },
    updateHttpClientConfig: () => undefined,
    httpHandlerConfigs: () => configs,
    ...(metadata ? { metadata } : {}),
  };
}

describe.each(builds)("response body read (%s)", (_name, load) => {
  const sdk = load();
  const clientWith = (handler: unknown, maxAttempts: number) =>
    new sdk.CleanRoomsMLClient({
      region: TEST_REGION,
      endpoint: "http://127.0.0.1:9",
      credentials: TEST_CREDENTIALS,
      requestHandler: handler as any,
      retryStrategy: new ConfiguredRetryStrategy(maxAttempts, 1),
    });
  const call = async (handler: unknown, maxAttempts: number, abortSignal?: AbortSignal) => {
    const client = clientWith(handler, maxAttempts);
    const started = Date.now();
    try {
      const out: any = await client.send(new sdk.GetAudienceModelCommand({ audienceModelArn: ARN }), { abortSignal: abortSignal as any });
      return { out, err: undefined as any, elapsed: Date.now() - started };
    } catch (err: any) {
      return { out: undefined as any, err, elapsed: Date.now() - started };
    } finally {
      client.destroy();
    }
  };

  it("a Node body that stalls past requestTimeout ends in ResponseBodyTimeoutError (name TimeoutError) with $metadata, and the stream is destroyed", async () => {
    const handler = scriptedHandler([stalledNodeBody], { requestTimeout: 150 });
    const { err, elapsed } = await call(handler, 1);

    expect(err).toBeInstanceOf(sdk.ResponseBodyTimeoutError);
    expect(err).toBeInstanceOf(sdk.ResponseBodyReadError);
    expect(err).not.toBeInstanceOf(sdk.CleanRoomsMLServiceException);
    expect({ name: err.name, timeoutMs: err.timeoutMs, status: err.$metadata.httpStatusCode, requestId: err.$metadata.requestId, attempts: err.$metadata.attempts, raw: err.$response?.statusCode })
      .toEqual({ name: "TimeoutError", timeoutMs: 150, status: 200, requestId: "req-body", attempts: 1, raw: 200 });
    expect(err.message).toContain("requestTimeout of 150 ms");
    expect(elapsed).toBeGreaterThanOrEqual(140);
    expect(elapsed).toBeLessThan(1500);
    expect((handler.served[0] as Readable).destroyed).toBe(true);
  });

  it("the body timeout is transient: the retry gets a complete body and the call succeeds", async () => {
    const handler = scriptedHandler([stalledNodeBody, completeNodeBody], { requestTimeout: 150 });
    const { out, err } = await call(handler, 3);

    expect(err).toBeUndefined();
    expect({ status: out.status, attempts: out.$metadata.attempts, served: handler.served.length }).toEqual({ status: "ACTIVE", attempts: 2, served: 2 });
  });

  it("a stalled web stream is cancelled through its reader when requestTimeout passes", async () => {
    const cancelled: unknown[] = [];
    const stalledWebBody = () =>
      new ReadableStream<Uint8Array>({
        start(controller) { controller.enqueue(new TextEncoder().encode(MODEL_JSON.slice(0, 20))); },
        pull: () => new Promise<void>(() => undefined),
        cancel: (reason) => { cancelled.push(reason); },
      });
    const { err } = await call(scriptedHandler([stalledWebBody], { requestTimeout: 150 }), 1);

    expect(err).toBeInstanceOf(sdk.ResponseBodyTimeoutError);
    expect(cancelled).toEqual([err]);
  });

  it("the caller's AbortSignal during the body read ends the call with an AbortError (reason as cause), not retried", async () => {
    const handler = scriptedHandler([stalledNodeBody], {});
    const controller = new AbortController();
    const reason = new Error("caller gave up");
    setTimeout(() => controller.abort(reason), 100);
    const { err, elapsed } = await call(handler, 3, controller.signal);

    expect({ name: err.name, cause: err.cause, status: err.$metadata?.httpStatusCode, attempts: err.$metadata?.attempts, raw: err.$response?.statusCode })
      .toEqual({ name: "AbortError", cause: reason, status: 200, attempts: 1, raw: 200 });
    expect(err).not.toBeInstanceOf(sdk.ResponseBodyReadError);
    expect(elapsed).toBeLessThan(1500);
    expect(handler.served.length).toBe(1);
    expect((handler.served[0] as Readable).destroyed).toBe(true);
  });

  it("a body the runtime fails mid-read (undici's TypeError('terminated')) is a transient ResponseBodyReadError: retried, then typed", async () => {
    const terminated = new TypeError("terminated");
    const failingWebBody = () =>
      new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode(MODEL_JSON.slice(0, 20)));
          controller.error(terminated);
        },
      });
    const handler = scriptedHandler([failingWebBody], {});
    const { err } = await call(handler, 2);

    expect(err).toBeInstanceOf(sdk.ResponseBodyReadError);
    expect(err).not.toBeInstanceOf(TypeError);
    expect({ name: err.name, cause: err.cause, retryable: err.$retryable, status: err.$metadata.httpStatusCode, attempts: err.$metadata.attempts, served: handler.served.length })
      .toEqual({ name: "ResponseBodyReadError", cause: terminated, retryable: { throttling: false }, status: 200, attempts: 2, served: 2 });
    expect(err.message).toContain("TypeError: terminated");
  });

  it("a Node handler (handlerProtocol http/1.1) bounds the body only with throwOnRequestTimeout, as it does before headers", async () => {
    const warnOnly = scriptedHandler([stalledNodeBody], { requestTimeout: 50 }, { handlerProtocol: "http/1.1" });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 300);
    const unbounded = await call(warnOnly, 1, controller.signal);
    expect(unbounded.err.name).toBe("AbortError");
    expect(unbounded.elapsed).toBeGreaterThanOrEqual(290);

    const throwing = scriptedHandler([stalledNodeBody], { requestTimeout: 50, throwOnRequestTimeout: true }, { handlerProtocol: "http/1.1" });
    const bounded = await call(throwing, 1);
    expect(bounded.err).toBeInstanceOf(sdk.ResponseBodyTimeoutError);
  });
});
