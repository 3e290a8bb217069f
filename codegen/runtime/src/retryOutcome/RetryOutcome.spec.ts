import { annotateRetryOutcome, getRetryOutcome } from "./RetryOutcome";

describe("getRetryOutcome", () => {
  it("reads the outcome off anything thrown", () => {
    expect(getRetryOutcome(Object.assign(new Error("x"), { $retryOutcome: "max-attempts" }))).toBe("max-attempts");
    expect(getRetryOutcome({ $retryOutcome: "not-retryable" })).toBe("not-retryable");
  });

  it.each([[undefined], [null], ["text"], [new Error("plain")], [{ $retryOutcome: "something-else" }]])("is undefined for %p", (value) => {
    expect(getRetryOutcome(value)).toBeUndefined();
  });
});

describe("annotateRetryOutcome", () => {
  it("records why on the error and keeps the service's message for max-attempts and not-retryable", () => {
    for (const outcome of ["max-attempts", "not-retryable"] as const) {
      const error = new Error("Rate exceeded");
      annotateRetryOutcome(error, outcome, 3, 3);
      expect(getRetryOutcome(error)).toBe(outcome);
      expect(error.message).toBe("Rate exceeded");
    }
  });

  it("ends the message with a note when the retry quota cut the call short", () => {
    const error = new Error("Rate exceeded");
    annotateRetryOutcome(error, "quota-exhausted", 1, 3);
    expect(error.message).toBe("Rate exceeded (gave up after 1 of 3 attempts: the client's retry quota is exhausted)");
    expect(error.stack?.split("\n")[0]).toBe(`Error: ${error.message}`);
  });

  it("rewrites a stack read before the change exactly once", () => {
    const error = new TypeError("boom");
    void error.stack;
    annotateRetryOutcome(error, "quota-exhausted", 2, 5);
    const first = "TypeError: boom (gave up after 2 of 5 attempts: the client's retry quota is exhausted)";
    expect(error.stack?.split("\n")[0]).toBe(first);
    expect(error.stack?.split("\n")[1]).toMatch(/^\s+at /);
  });

  it("never suffixes a reused error twice", () => {
    const error = new Error("Rate exceeded");
    annotateRetryOutcome(error, "quota-exhausted", 1, 3);
    annotateRetryOutcome(error, "quota-exhausted", 2, 3);
    expect(error.message).toBe("Rate exceeded (gave up after 2 of 3 attempts: the client's retry quota is exhausted)");
  });

  it("gives an error without a message the note alone", () => {
    const error = new Error("");
    annotateRetryOutcome(error, "quota-exhausted", 1, 2);
    expect(error.message).toBe("(gave up after 1 of 2 attempts: the client's retry quota is exhausted)");
  });

  it("leaves frozen errors and non-objects alone, and only marks plain objects", () => {
    const frozen = Object.freeze(new Error("frozen"));
    expect(() => annotateRetryOutcome(frozen, "quota-exhausted", 1, 3)).not.toThrow();
    expect(getRetryOutcome(frozen)).toBeUndefined();
    expect(() => annotateRetryOutcome("text", "max-attempts", 1, 1)).not.toThrow();
    const plain: { $retryOutcome?: string; message?: string } = {};
    annotateRetryOutcome(plain, "quota-exhausted", 1, 3);
    expect(plain).toEqual({ $retryOutcome: "quota-exhausted" });
  });

  it("keeps the outcome when the message cannot be changed", () => {
    const error = new Error("fixed");
    Object.defineProperty(error, "message", { value: "fixed", writable: false });
    annotateRetryOutcome(error, "quota-exhausted", 1, 3);
    expect(getRetryOutcome(error)).toBe("quota-exhausted");
    expect(error.message).toBe("fixed");
  });
});
