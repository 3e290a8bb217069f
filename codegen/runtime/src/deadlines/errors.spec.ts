import { isThrottlingError, isTransientError } from "@smithy/core/retry";
import { CallTimeoutError } from "./CallTimeoutError";
import { ResponseHeadersTimeoutError } from "./ResponseHeadersTimeoutError";

describe("ResponseHeadersTimeoutError", () => {
  const error = new ResponseHeadersTimeoutError({ timeoutMs: 60_000, target: "GET cleanrooms-ml.us-east-1.amazonaws.com" });

  it("is a transient TimeoutError without a status", () => {
    expect(error).toBeInstanceOf(ResponseHeadersTimeoutError);
    expect(error).toMatchObject({ name: "TimeoutError", timeoutMs: 60_000, option: "headersTimeout", $metadata: {} });
    expect(isTransientError(error as any)).toBe(true);
  });

  it("names where the request went and the deadline", () => {
    expect(error.message).toBe(
      "GET cleanrooms-ml.us-east-1.amazonaws.com: no response headers arrived within the headersTimeout of 60000 ms " +
        "(connecting included); the request was aborted.",
    );
    expect(new ResponseHeadersTimeoutError({ timeoutMs: 5 }).message).toMatch(/^No response headers arrived within/);
  });
});

describe("CallTimeoutError", () => {
  const last = new ResponseHeadersTimeoutError({ timeoutMs: 200 });
  const error = new CallTimeoutError({ timeoutMs: 500, attempts: 3, lastError: last, operation: "GetThing" });

  it("is never classed as retryable, and keeps the last attempt's error", () => {
    expect(error).toMatchObject({ name: "CallTimeoutError", timeoutMs: 500, $metadata: { attempts: 3 } });
    expect(isTransientError(error as any)).toBe(false);
    expect(isThrottlingError(error as any)).toBe(false);
    expect(error.lastAttemptError).toBe(last);
    expect(error.cause).toBeUndefined();
    expect(Object.keys(error)).not.toContain("lastAttemptError");
  });

  it("says what ran out and that it is final", () => {
    expect(error.message).toBe(
      "GetThing did not complete within the callTimeout of 500 ms (3 attempts started; the last failed attempt's " +
        "error is in lastAttemptError); it was stopped and is not retried.",
    );
    expect(new CallTimeoutError({ timeoutMs: 50, attempts: 1 }).message).toBe(
      "The call did not complete within the callTimeout of 50 ms (1 attempt started); it was stopped and is not retried.",
    );
  });
});
