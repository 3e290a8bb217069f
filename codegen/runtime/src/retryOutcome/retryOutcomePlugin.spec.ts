import type { RetryErrorInfo, RetryStrategyV2 } from "@smithy/types";
import { AdaptiveRetryStrategy, ConfiguredRetryStrategy, StandardRetryStrategy } from "@smithy/util-retry";
import { getRetryOutcome } from "./RetryOutcome";
import { getRetryOutcomePlugin, withRetryOutcome } from "./retryOutcomePlugin";

const transient = (error: Error): RetryErrorInfo => ({ errorType: "TRANSIENT", error } as RetryErrorInfo);
/** The SDK's standard strategy (ConfiguredRetryStrategy is its subclass) with no backoff, so tests do not sleep. */
const standard = (maxAttempts: number | (() => Promise<number>)) => new ConfiguredRetryStrategy(maxAttempts, 0);

/** Asks `strategy` for retries of `info` until it refuses; returns the refusal and the attempts made. */
async function retryUntilRefused(strategy: RetryStrategyV2, info: () => RetryErrorInfo): Promise<{ refusal: unknown; attempts: number }> {
  let token = await strategy.acquireInitialRetryToken("scope");
  for (let attempts = 1; ; attempts++) {
    try {
      token = await strategy.refreshRetryTokenForRetry(token, info());
    } catch (refusal) {
      return { refusal, attempts };
    }
  }
}

describe("withRetryOutcome", () => {
  it("marks the error of the last allowed attempt max-attempts and rethrows the strategy's own refusal", async () => {
    const strategy = withRetryOutcome(standard(3));
    const error = new Error("Service unavailable");
    const { refusal, attempts } = await retryUntilRefused(strategy, () => transient(error));
    expect(attempts).toBe(3);
    expect(refusal).not.toBe(error);
    expect(getRetryOutcome(error)).toBe("max-attempts");
    expect(error.message).toBe("Service unavailable");
  });

  it("marks an error the strategy never retries not-retryable", async () => {
    const strategy = withRetryOutcome(standard(3));
    const error = new Error("Bad request");
    await retryUntilRefused(strategy, () => ({ errorType: "CLIENT_ERROR", error }) as RetryErrorInfo);
    expect(getRetryOutcome(error)).toBe("not-retryable");
  });

  it("marks quota-exhausted when attempts were left but the retry quota ran out, and says so in the message", async () => {
    const strategy = withRetryOutcome(standard(1000));
    let last = new Error("Rate exceeded");
    const { attempts } = await retryUntilRefused(strategy, () => transient((last = new Error("Rate exceeded"))));
    expect(attempts).toBeLessThan(1000);
    expect(getRetryOutcome(last)).toBe("quota-exhausted");
    expect(last.message).toBe(`Rate exceeded (gave up after ${attempts} of 1000 attempts: the client's retry quota is exhausted)`);
  });

  it("reads maxAttempts from an adaptive strategy too", async () => {
    const strategy = withRetryOutcome(new AdaptiveRetryStrategy(async () => 2));
    const error = new Error("Unavailable");
    // Transient, not throttling: its one retry waits the short base delay, not the throttling one.
    await retryUntilRefused(strategy, () => transient(error));
    expect(getRetryOutcome(error)).toBe("max-attempts");
  });

  it("is the user's strategy behind a proxy: same class, mode and methods, bound to the real object", async () => {
    const original = new ConfiguredRetryStrategy(4, 1);
    const decorated = withRetryOutcome(original);
    expect(decorated).not.toBe(original);
    expect(decorated).toBeInstanceOf(ConfiguredRetryStrategy);
    expect(decorated.mode).toBe("standard");
    expect(await decorated.maxAttempts()).toBe(4);
    expect(decorated.recordSuccess).toBe(decorated.recordSuccess);
    expect(withRetryOutcome(decorated)).toBe(decorated);
  });

  it("leaves strategies whose refusal reasons it cannot know as they are", () => {
    const custom: RetryStrategyV2 = {
      acquireInitialRetryToken: async () => ({ getRetryCount: () => 0 }) as any,
      refreshRetryTokenForRetry: async () => {
        throw new Error("no");
      },
      recordSuccess: () => undefined,
    };
    expect(withRetryOutcome(custom)).toBe(custom);
    const legacy = { mode: "standard", retry: async () => undefined };
    expect(withRetryOutcome(legacy)).toBe(legacy);
    expect(withRetryOutcome(undefined)).toBeUndefined();
  });

  it("marks nothing when the strategy cannot say its maxAttempts", async () => {
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    try {
      // The strategy falls back to 3 attempts on its own; this code cannot know that, so it claims no reason.
      const decorated = withRetryOutcome(standard(async () => Promise.reject(new Error("provider failed"))));
      const error = new Error("x");
      const { attempts } = await retryUntilRefused(decorated, () => transient(error));
      expect(attempts).toBe(3);
      expect(getRetryOutcome(error)).toBeUndefined();
    } finally {
      warn.mockRestore();
    }
  });
});

describe("getRetryOutcomePlugin", () => {
  it("swaps config.retryStrategy for a provider of the decorated strategy, adding no middleware", async () => {
    const strategy = standard(2);
    const provider = jest.fn(() => Promise.resolve(strategy));
    const config = { retryStrategy: provider as () => Promise<RetryStrategyV2> };
    const stack = { add: jest.fn(), addRelativeTo: jest.fn() };
    getRetryOutcomePlugin(config).applyToStack(stack as any);
    expect(stack.add).not.toHaveBeenCalled();
    expect(stack.addRelativeTo).not.toHaveBeenCalled();
    const decorated = (await config.retryStrategy()) as RetryStrategyV2;
    expect(decorated).not.toBe(strategy);
    expect(decorated).toBeInstanceOf(StandardRetryStrategy);
    expect(decorated).toBeInstanceOf(ConfiguredRetryStrategy);
    const error = new Error("down");
    await retryUntilRefused(decorated, () => transient(error));
    expect(getRetryOutcome(error)).toBe("max-attempts");
  });

  it("calls the original provider each time and reuses the decorated strategy while it returns the same promise", async () => {
    const first = Promise.resolve(standard(2));
    const second = Promise.resolve(standard(3));
    let current = first;
    const provider = jest.fn(() => current);
    const config = { retryStrategy: provider as () => Promise<any> };
    getRetryOutcomePlugin(config).applyToStack({} as any);
    const a = config.retryStrategy();
    expect(config.retryStrategy()).toBe(a);
    current = second;
    const b = config.retryStrategy();
    expect(b).not.toBe(a);
    expect(await (await b).maxAttempts()).toBe(3);
    expect(provider).toHaveBeenCalledTimes(3);
  });

  it("decorates once when applied again, and leaves a config without a provider alone", () => {
    const config = { retryStrategy: () => Promise.resolve(standard(2)) as Promise<any> };
    getRetryOutcomePlugin(config).applyToStack({} as any);
    const once = config.retryStrategy;
    getRetryOutcomePlugin(config).applyToStack({} as any);
    expect(config.retryStrategy).toBe(once);
    const none = { retryStrategy: undefined as any };
    getRetryOutcomePlugin(none).applyToStack({} as any);
    expect(none.retryStrategy).toBeUndefined();
  });
});
