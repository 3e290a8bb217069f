// Throttling storm: the server answers every call 429 ThrottlingException. The standard strategy must stop at
// maxAttempts and hand back the last error; the adaptive strategy must slow the client down (its send rate, measured at
// the server, falls); and once the retry quota is spent, calls stop retrying and the error says so ($retryOutcome and
// its message, written by RetryOutcomeIntegration). Backoffs are shortened through the strategies' public `backoff`
// option so the suite stays fast; the decisions under test are unchanged.
import { AdaptiveRetryStrategy, DefaultRateLimiter, StandardRetryStrategy } from "@smithy/util-retry";
import type { RetryStrategyV2, RetryToken, StandardRetryBackoffStrategy } from "@smithy/types";
import { builds, ClientModule } from "./support/builds";
import { TEST_CREDENTIALS, TEST_REGION } from "./support/credentials";
import { json, LoopbackServer, startLoopbackServer } from "./support/loopback-server";

const sdk = builds[0][1]();
const ARN = "arn:aws:cleanrooms-ml:us-east-1:123456789012:audience-model/storm";
const MODEL = {
  createTime: "2026-03-01T10:00:00Z",
  updateTime: "2026-03-02T11:30:00Z",
  audienceModelArn: ARN,
  name: "storm",
  trainingDatasetArn: "arn:aws:cleanrooms-ml:us-east-1:123456789012:training-dataset/ds-1",
  status: "ACTIVE",
};

/** A fixed 2 ms backoff in place of the 1 s throttling base; only the waiting is shortened. */
const SHORT_BACKOFF: StandardRetryBackoffStrategy = { computeNextBackoffDelay: () => 2, setDelayBase: () => undefined };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let server: LoopbackServer;
let throttling = true;
/** When set, every call is answered 404 ResourceNotFoundException instead (an error no strategy retries). */
let notFound = false;
/** Arrival time of every request, to measure the client's send rate at the server. */
const arrivals: number[] = [];

beforeAll(async () => {
  server = await startLoopbackServer(() => {
    arrivals.push(Date.now());
    const requestId = `storm-${arrivals.length}`;
    if (notFound) {
      return json(404, { message: "Audience model not found" }, { "x-amzn-errortype": "ResourceNotFoundException", "x-amzn-requestid": requestId });
    }
    return throttling
      ? json(429, { message: "Rate exceeded" }, { "x-amzn-errortype": "ThrottlingException", "x-amzn-requestid": requestId })
      : json(200, MODEL, { "x-amzn-requestid": requestId });
  });
});
afterAll(() => server.close());
beforeEach(() => {
  throttling = true;
  notFound = false;
  arrivals.splice(0);
  server.requests.splice(0);
});

function newClient(config: { retryStrategy?: RetryStrategyV2; maxAttempts?: number; retryMode?: string }, client: ClientModule = sdk) {
  return new client.CleanRoomsMLClient({ region: TEST_REGION, endpoint: server.endpoint, credentials: TEST_CREDENTIALS, ...config });
}
const call = (client: ReturnType<typeof newClient>, abortSignal?: AbortSignal, module: ClientModule = sdk) =>
  client.send(new module.GetAudienceModelCommand({ audienceModelArn: ARN }), { abortSignal }).then(
    (out) => ({ ok: true as const, out }),
    (err: any) => ({ ok: false as const, err }),
  );

describe("standard strategy under a throttling storm", () => {
  it("stops at maxAttempts and throws the last ThrottlingException with its $metadata", async () => {
    const client = newClient({ retryStrategy: new StandardRetryStrategy({ maxAttempts: 3, backoff: SHORT_BACKOFF }) });
    const r = await call(client);
    client.destroy();
    expect(r.ok).toBe(false);
    const err = (r as { err: any }).err;
    expect(err).toBeInstanceOf(sdk.ThrottlingException);
    expect(err.$fault).toBe("client");
    expect(server.requests).toHaveLength(3);
    // The error is the third answer, not the first: its request id is the last one the server issued.
    expect(err.$metadata).toMatchObject({ httpStatusCode: 429, attempts: 3, requestId: "storm-3" });
    expect(err.$metadata.totalRetryDelay).toBeGreaterThanOrEqual(4);
  });

  it("does the same when configured the usual way (maxAttempts: 2, retryMode: 'standard', real backoff)", async () => {
    const client = newClient({ maxAttempts: 2, retryMode: "standard" });
    const r = await call(client);
    client.destroy();
    const err = (r as { err: any }).err;
    expect(err).toBeInstanceOf(sdk.ThrottlingException);
    expect(err.$metadata).toMatchObject({ httpStatusCode: 429, attempts: 2, requestId: "storm-2" });
    expect(server.requests).toHaveLength(2);
  });
});

/**
 * Drives `workers` back-to-back callers for `ms`, then aborts whatever is still waiting (a call parked in the
 * adaptive rate limiter would otherwise sit there for seconds) and waits for every call to settle.
 */
async function drive(client: ReturnType<typeof newClient>, workers: number, ms: number): Promise<{ settled: number; unsettled: number }> {
  const stopAt = Date.now() + ms;
  const controller = new AbortController();
  let settled = 0;
  let started = 0;
  const worker = async () => {
    while (Date.now() < stopAt) {
      started += 1;
      await call(client, controller.signal);
      settled += 1;
    }
  };
  const all = Promise.all(Array.from({ length: workers }, worker));
  await sleep(ms);
  controller.abort();
  await Promise.race([all, sleep(2_000)]);
  return { settled, unsettled: started - settled };
}
const rate = (from: number, to: number) => (arrivals.filter((t) => t >= from && t < to).length * 1000) / (to - from);

describe("adaptive strategy under a throttling storm", () => {
  const WORKERS = 4;
  const BEFORE_MS = 500;
  const STORM_MS = 1_000;
  /** Rates are measured after the strategy has seen the first throttles. */
  const SETTLE_MS = 300;

  async function measure(retryStrategy: RetryStrategyV2) {
    const client = newClient({ retryStrategy });
    throttling = false;
    const t0 = Date.now();
    const before = await drive(client, WORKERS, BEFORE_MS);
    throttling = true;
    const t1 = Date.now();
    const storm = await drive(client, WORKERS, STORM_MS);
    const t2 = t1 + STORM_MS;
    client.destroy();
    return {
      before: rate(t0, t1),
      during: rate(t1 + SETTLE_MS, t2),
      unsettled: before.unsettled + storm.unsettled,
    };
  }

  it("lowers the send rate during the storm, where the standard strategy does not", async () => {
    const adaptive = await measure(
      new AdaptiveRetryStrategy(3, {
        maxAttempts: 3,
        backoff: SHORT_BACKOFF,
        // The default floor is 0.5 sends/s; 5/s keeps the aborted tail of this test short and is still a 100x cut.
        rateLimiter: new DefaultRateLimiter({ minFillRate: 5 }),
      }),
    );
    arrivals.splice(0);
    const standard = await measure(new StandardRetryStrategy({ maxAttempts: 3, backoff: SHORT_BACKOFF }));
    console.log(
      [
        "send rate at the server (calls/s), 4 callers back to back:",
        `  adaptive: before ${adaptive.before.toFixed(0)}, during storm ${adaptive.during.toFixed(1)}`,
        `  standard: before ${standard.before.toFixed(0)}, during storm ${standard.during.toFixed(1)}`,
      ].join("\n"),
    );
    expect(adaptive.unsettled + standard.unsettled).toBe(0);
    expect(adaptive.before).toBeGreaterThan(50);
    expect(adaptive.during).toBeLessThan(adaptive.before / 5);
    expect(adaptive.during).toBeLessThan(standard.during / 5);
  }, 15_000);
});

// Both published builds carry RetryOutcomeIntegration's plugin; each gets the same checks.
describe.each(builds)("retry quota exhaustion (%s)", (_build, load) => {
  const mod = load();
  /** Throttled retries cost 5 tokens from a bucket of 500, so about 100 retries drain it. */
  async function drain(strategy: RetryStrategyV2 = new StandardRetryStrategy({ maxAttempts: 3, backoff: SHORT_BACKOFF })) {
    const client = newClient({ retryStrategy: strategy }, mod);
    const errors: any[] = [];
    for (let i = 0; i < 60; i++) {
      const r = await call(client, undefined, mod);
      if (!r.ok) errors.push(r.err);
    }
    const decorated = await client.config.retryStrategy();
    client.destroy();
    return { errors, decorated };
  }

  it("stops retrying once the quota is spent: calls end after one attempt, below maxAttempts", async () => {
    const strategy = new StandardRetryStrategy({ maxAttempts: 3, backoff: SHORT_BACKOFF });
    const { errors } = await drain(strategy);
    expect(errors).toHaveLength(60);
    expect(errors[0].$metadata.attempts).toBe(3);
    const last = errors[errors.length - 1];
    expect(last).toBeInstanceOf(mod.ThrottlingException);
    expect(last.$metadata.attempts).toBe(1);
    expect(strategy.getCapacity()).toBeLessThan(5);
    // 50 calls retried twice (100 x 5 tokens) before the bucket ran dry.
    expect(errors.filter((e) => e.$metadata.attempts === 3)).toHaveLength(50);
  });

  // Upstream, the @smithy/core retry middleware drops the strategy's Error("No retry token available") and rethrows
  // the last service error (aws/aws-sdk-js-v3#4753); the generated client annotates that error before it is rethrown.
  it("says on the error that the retry quota ran out, keeping its class, name and $metadata", async () => {
    const { errors } = await drain();
    const last: InstanceType<ClientModule["ThrottlingException"]> = errors[errors.length - 1];
    expect(last).toBeInstanceOf(mod.ThrottlingException);
    expect(last).toBeInstanceOf(mod.CleanRoomsMLServiceException);
    expect(last.name).toBe("ThrottlingException");
    expect(last.$fault).toBe("client");
    expect(last.$metadata).toMatchObject({ httpStatusCode: 429, attempts: 1, requestId: `storm-${server.requests.length}` });
    // Typed on every modeled error through the base exception.
    const outcome: "quota-exhausted" | "max-attempts" | "not-retryable" | undefined = last.$retryOutcome;
    expect(outcome).toBe("quota-exhausted");
    expect(mod.getRetryOutcome(last)).toBe("quota-exhausted");
    expect(last.message).toBe("Rate exceeded (gave up after 1 of 3 attempts: the client's retry quota is exhausted)");
    expect(last.stack).toMatch(/^ThrottlingException: Rate exceeded \(gave up after 1 of 3 attempts: the client's retry quota is exhausted\)\n/);
    // The calls that still had quota ran out of attempts instead: marked so, message as the service wrote it.
    const full = errors.filter((e) => e.$metadata.attempts === 3);
    expect(full).toHaveLength(50);
    for (const e of full) {
      expect(e.$retryOutcome).toBe("max-attempts");
      expect(e.message).toBe("Rate exceeded");
    }
    expect(errors.filter((e) => e.$retryOutcome === "quota-exhausted")).toHaveLength(10);
  });

  it("says so with the adaptive strategy too", async () => {
    // A high floor keeps the rate limiter from slowing these 60 calls to a crawl; the quota logic is the standard one.
    const adaptive = new AdaptiveRetryStrategy(3, {
      maxAttempts: 3,
      backoff: SHORT_BACKOFF,
      rateLimiter: new DefaultRateLimiter({ minFillRate: 10_000 }),
    });
    const { errors } = await drain(adaptive);
    const last = errors[errors.length - 1];
    expect(last).toBeInstanceOf(mod.ThrottlingException);
    expect(last.$retryOutcome).toBe("quota-exhausted");
    expect(last.message).toMatch(/\(gave up after 1 of 3 attempts: the client's retry quota is exhausted\)$/);
  });

  it("wraps a strategy passed in without replacing it: instanceof, mode and getCapacity() still reach it", async () => {
    const strategy = new StandardRetryStrategy({ maxAttempts: 3, backoff: SHORT_BACKOFF });
    const { decorated } = await drain(strategy);
    expect(decorated).toBeInstanceOf(StandardRetryStrategy);
    expect((decorated as StandardRetryStrategy).mode).toBe("standard");
    expect((decorated as StandardRetryStrategy).getCapacity()).toBe(strategy.getCapacity());
    expect(strategy.getCapacity()).toBeLessThan(5);
  });

  it("marks the last of maxAttempts with the default strategy (maxAttempts: 2, retryMode: 'standard', real backoff)", async () => {
    const client = newClient({ maxAttempts: 2, retryMode: "standard" }, mod);
    const r = await call(client, undefined, mod);
    client.destroy();
    const err = (r as { err: any }).err;
    expect(err).toBeInstanceOf(mod.ThrottlingException);
    expect(err.$metadata).toMatchObject({ httpStatusCode: 429, attempts: 2, requestId: "storm-2" });
    expect(err.$retryOutcome).toBe("max-attempts");
    expect(mod.getRetryOutcome(err)).toBe("max-attempts");
    // Only a drained quota changes the message; here $metadata.attempts already tells the story.
    expect(err.message).toBe("Rate exceeded");
  });

  it("marks maxAttempts 1 with the default adaptive strategy", async () => {
    const client = newClient({ maxAttempts: 1, retryMode: "adaptive" }, mod);
    const r = await call(client, undefined, mod);
    client.destroy();
    const err = (r as { err: any }).err;
    expect(err).toBeInstanceOf(mod.ThrottlingException);
    expect(err.$metadata.attempts).toBe(1);
    expect(err.$retryOutcome).toBe("max-attempts");
    expect(err.message).toBe("Rate exceeded");
  });

  it("marks an error no strategy retries as not-retryable and leaves its message as the service wrote it", async () => {
    notFound = true;
    const client = newClient({}, mod);
    const r = await call(client, undefined, mod);
    client.destroy();
    const err = (r as { err: any }).err;
    expect(err).toBeInstanceOf(mod.ResourceNotFoundException);
    expect(err.$metadata).toMatchObject({ httpStatusCode: 404, attempts: 1 });
    expect(mod.getRetryOutcome(err)).toBe("not-retryable");
    expect(err.message).toBe("Audience model not found");
    expect(server.requests).toHaveLength(1);
  });

  it("leaves a custom strategy's refusals alone: the client cannot know its reasons", async () => {
    let refusals = 0;
    const custom: RetryStrategyV2 = {
      acquireInitialRetryToken: async () => ({ getRetryCount: () => 0, getRetryDelay: () => 0 }) as RetryToken,
      refreshRetryTokenForRetry: async () => {
        refusals += 1;
        throw new Error("custom policy: no retry");
      },
      recordSuccess: () => undefined,
    };
    const client = newClient({ retryStrategy: custom }, mod);
    const r = await call(client, undefined, mod);
    client.destroy();
    const err = (r as { err: any }).err;
    expect(refusals).toBe(1);
    expect(err).toBeInstanceOf(mod.ThrottlingException);
    expect(err.$retryOutcome).toBeUndefined();
    expect(mod.getRetryOutcome(err)).toBeUndefined();
    expect(err.message).toBe("Rate exceeded");
  });
});
