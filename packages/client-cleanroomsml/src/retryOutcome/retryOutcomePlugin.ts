// smithy-typescript generated code
// Source: codegen/runtime/src/retryOutcome/retryOutcomePlugin.ts (copied unchanged by codegen); edit it there, then npm run generate.
import type { Pluggable, Provider, RetryErrorInfo, RetryStrategy, RetryStrategyV2, RetryToken } from "@smithy/types";

import { annotateRetryOutcome, RetryOutcome } from "./RetryOutcome";

// Says on the error why a call was not retried. Written by RetryOutcomeIntegration.
//
// The retry middleware (@smithy/core's retryMiddleware, `finalizeRequest` step) asks the retry strategy's
// refreshRetryTokenForRetry(token, errorInfo) for permission after each failed attempt. The standard and adaptive
// strategies refuse with the same bare Error("No retry token available") whether the error is not retryable, the
// attempts are used up or the retry quota is spent, and the middleware drops that refusal and rethrows the attempt's
// error (errorInfo.error) unchanged (aws/aws-sdk-js-v3#4753). Callers could not tell a drained quota from anything else.
//
// This plugin decorates the client's resolved `retryStrategy` (the default one, or one the user passed) so that
// when refreshRetryTokenForRetry rejects, the error being given up on is annotated with the reason before the
// middleware rethrows it (see RetryOutcome.ts). The reason is derived the way those strategies decide:
//
//   errorType neither THROTTLING nor TRANSIENT        -> "not-retryable"
//   else this attempt (retry count + 1) >= maxAttempts -> "max-attempts"
//   else                                               -> "quota-exhausted" (the only other refusal they have)
//
// Only refusals are touched: a call that succeeds or is retried runs the strategy's own code, reached through one
// proxy property read. The decorated strategy is a Proxy of the user's own object, so `instanceof`, `mode` (read by
// the user-agent middleware), getCapacity() and any other member still reach it; methods run with the real
// object as `this`.

/** What the plugin needs from the client's resolved config: the provider the retry middleware calls per request. */
export interface RetryOutcomeResolvedConfig {
  retryStrategy: Provider<RetryStrategyV2 | RetryStrategy>;
}

const DECORATED = Symbol.for("cleanroomsml-sdk.retryOutcome.decorated");

/** The strategies whose refusal reasons are known: the SDK's StandardRetryStrategy (and ConfiguredRetryStrategy, a
 * subclass) and AdaptiveRetryStrategy, recognised the way the AWS user-agent middleware does, by `mode`. */
const knowsRefusalReasons = (strategy: RetryStrategyV2): boolean => {
  const mode = (strategy as { mode?: unknown }).mode;
  return mode === "standard" || mode === "adaptive";
};

/** The strategy's own maxAttempts: StandardRetryStrategy has `maxAttempts()`, AdaptiveRetryStrategy
 * `maxAttemptsProvider()`. The client's `maxAttempts` option is not used, since a strategy passed in has its own. */
const maxAttemptsOf = async (strategy: RetryStrategyV2): Promise<number | undefined> => {
  const s = strategy as { maxAttempts?: unknown; maxAttemptsProvider?: unknown };
  const read = typeof s.maxAttempts === "function" ? s.maxAttempts : s.maxAttemptsProvider;
  if (typeof read !== "function") {
    return undefined;
  }
  try {
    const value = await read.call(strategy);
    return typeof value === "number" && value > 0 ? value : undefined;
  } catch {
    return undefined;
  }
};

const outcomeOf = async (
  strategy: RetryStrategyV2,
  token: RetryToken,
  errorInfo: RetryErrorInfo,
): Promise<[RetryOutcome, number, number] | undefined> => {
  const attempts = token.getRetryCount() + 1;
  const maxAttempts = await maxAttemptsOf(strategy);
  if (maxAttempts === undefined) {
    return undefined;
  }
  if (errorInfo.errorType !== "THROTTLING" && errorInfo.errorType !== "TRANSIENT") {
    return ["not-retryable", attempts, maxAttempts];
  }
  return [attempts >= maxAttempts ? "max-attempts" : "quota-exhausted", attempts, maxAttempts];
};

const isRetryStrategyV2 = (strategy: unknown): strategy is RetryStrategyV2 =>
  typeof strategy === "object" &&
  strategy !== null &&
  typeof (strategy as RetryStrategyV2).acquireInitialRetryToken === "function" &&
  typeof (strategy as RetryStrategyV2).refreshRetryTokenForRetry === "function" &&
  typeof (strategy as RetryStrategyV2).recordSuccess === "function";

/**
 * `strategy` with refreshRetryTokenForRetry wrapped to annotate refusals; anything else is returned as it is (the
 * legacy `retry()` strategies are driven differently and keep the stock behaviour, as do strategies whose reasons
 * this code cannot know).
 *
 * @internal
 */
export const withRetryOutcome = <T>(strategy: T): T => {
  if (!isRetryStrategyV2(strategy) || !knowsRefusalReasons(strategy) || (strategy as any)[DECORATED]) {
    return strategy;
  }
  const target: RetryStrategyV2 = strategy;
  const refreshRetryTokenForRetry = async (token: RetryToken, errorInfo: RetryErrorInfo): Promise<RetryToken> => {
    try {
      return await target.refreshRetryTokenForRetry(token, errorInfo);
    } catch (refusal) {
      const outcome = await outcomeOf(target, token, errorInfo);
      if (outcome) {
        annotateRetryOutcome(errorInfo.error, ...outcome);
      }
      throw refusal;
    }
  };
  // Methods are bound once to the real object, so private (#) fields of a user's own subclass keep working.
  const bound = new Map<unknown, unknown>();
  return new Proxy(target, {
    get(obj, prop) {
      if (prop === "refreshRetryTokenForRetry") {
        return refreshRetryTokenForRetry;
      }
      if (prop === DECORATED) {
        return true;
      }
      const value = Reflect.get(obj, prop, obj);
      if (typeof value !== "function" || prop === "constructor") {
        return value;
      }
      let method = bound.get(value);
      if (method === undefined) {
        method = value.bind(obj);
        bound.set(value, method);
      }
      return method;
    },
  }) as T;
};

/**
 * Client plugin: replaces `config.retryStrategy` with a provider of the decorated strategy. It adds no middleware;
 * the retry middleware reads `config.retryStrategy` on each request from this same config object, so decorating
 * it here, after every config resolver and runtime extension has run, covers whichever strategy the client ends up
 * with. The original provider is still called each time (it may hand out a new strategy); the decorated promise is
 * reused while it returns the same promise, as the default provider does.
 *
 * @internal
 */
export const getRetryOutcomePlugin = (config: RetryOutcomeResolvedConfig): Pluggable<any, any> => ({
  applyToStack: () => {
    const provider = config.retryStrategy;
    if (typeof provider !== "function" || (provider as any)[DECORATED]) {
      return;
    }
    let lastSeen: unknown;
    let decorated: Promise<RetryStrategyV2 | RetryStrategy> | undefined;
    const decoratedProvider = (): Promise<RetryStrategyV2 | RetryStrategy> => {
      const current = provider();
      if (current !== lastSeen || decorated === undefined) {
        lastSeen = current;
        decorated = Promise.resolve(current).then(withRetryOutcome);
      }
      return decorated;
    };
    Object.defineProperty(decoratedProvider, DECORATED, { value: true });
    config.retryStrategy = decoratedProvider;
  },
});
