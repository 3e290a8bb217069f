import { WaiterState } from "@smithy/util-waiter";

import { WaiterAbortedError, WaiterError, WaiterFailedError, WaiterTimeoutError } from "./WaiterError";

const $metadata = { httpStatusCode: 200, requestId: "req-7", attempts: 1, totalRetryDelay: 0 };
const failedOutput = {
  status: "CREATE_FAILED",
  statusDetails: { statusCode: "INSUFFICIENT_DATA", message: "Training data has fewer than 100 rows" },
  description: "a field only the output has",
  $metadata,
};
const statusFields = { status: failedOutput.status, statusDetails: failedOutput.statusDetails };

class AccessDeniedException extends Error {
  override name = "AccessDeniedException";
  readonly $metadata = { httpStatusCode: 403, requestId: "req-8" };
}

describe("WaiterFailedError", () => {
  describe("from a failure status", () => {
    const error = new WaiterFailedError({
      waiterName: "ThingActive",
      lastResponse: failedOutput,
      statusFields,
      observedResponses: { "200: OK": 2 },
    });

    it("says in one line which waiter failed, on which status, and why", () => {
      expect(error.message).toBe(
        "Waiter ThingActive failed: the resource reached status CREATE_FAILED (INSUFFICIENT_DATA: Training data has fewer than 100 rows).",
      );
      expect(error.message).not.toContain("\n");
    });

    it("carries the state, the status and its details, the last response's $metadata and the counts", () => {
      expect(error).toBeInstanceOf(WaiterFailedError);
      expect(error).toBeInstanceOf(WaiterError);
      expect(error).toBeInstanceOf(Error);
      expect(error.name).toBe("WaiterFailedError");
      expect(error.state).toBe(WaiterState.FAILURE);
      expect(error.waiterName).toBe("ThingActive");
      expect(error.status).toBe("CREATE_FAILED");
      expect(error.statusDetails).toEqual(failedOutput.statusDetails);
      expect(error.$metadata).toEqual($metadata);
      expect(error.observedResponses).toEqual({ "200: OK": 2 });
      expect(error.lastResponse).toBe(failedOutput);
      expect(error.cause).toBeUndefined();
    });

    it("keeps the last response out of enumeration, so logging the error does not dump the output", () => {
      expect(Object.keys(error)).not.toContain("lastResponse");
      expect(JSON.stringify(error)).not.toContain("a field only the output has");
      expect(JSON.stringify(error)).toContain("CREATE_FAILED");
    });

    it("prints its name and message first when uncaught", () => {
      expect(String(error.stack).split("\n")[0]).toBe(`WaiterFailedError: ${error.message}`);
    });
  });

  describe("from an error the waiter treats as final", () => {
    const denied = new AccessDeniedException("User is not authorized to read this audience model\nsecond line");
    const error = new WaiterFailedError({ waiterName: "ThingActive", lastResponse: denied });

    it("names the error and its first line, and keeps it as cause", () => {
      expect(error.message).toBe(
        "Waiter ThingActive failed: the call failed with AccessDeniedException: User is not authorized to read this audience model.",
      );
      expect(error.cause).toBe(denied);
      expect(error.$metadata).toEqual({ httpStatusCode: 403, requestId: "req-8" });
      expect(error.status).toBeUndefined();
    });
  });

  it("without a status or an error, still says it failed", () => {
    expect(new WaiterFailedError({ waiterName: "ThingGone", lastResponse: { $metadata: {} } }).message).toBe(
      "Waiter ThingGone failed: the last response matched a failure condition.",
    );
  });

  it("shows a status without details on its own, and string details as they are", () => {
    expect(new WaiterFailedError({ waiterName: "W", statusFields: { status: "DELETE_FAILED" } }).message).toBe(
      "Waiter W failed: the resource reached status DELETE_FAILED.",
    );
    expect(new WaiterFailedError({ waiterName: "W", statusFields: { status: "FAILED", statusDetails: "disk full" } }).message).toBe(
      "Waiter W failed: the resource reached status FAILED (disk full).",
    );
  });

  it("copies $metadata rather than sharing the response's object", () => {
    const error = new WaiterFailedError({ waiterName: "W", lastResponse: failedOutput });
    expect(error.$metadata).not.toBe(failedOutput.$metadata);
    expect(new WaiterFailedError({ waiterName: "W" }).$metadata).toEqual({});
  });
});

describe("WaiterTimeoutError", () => {
  const error = new WaiterTimeoutError({
    waiterName: "ThingActive",
    maxWaitTime: 300,
    lastResponse: { status: "CREATE_IN_PROGRESS", $metadata },
    statusFields: { status: "CREATE_IN_PROGRESS" },
    observedResponses: { "200: OK": 9 },
  });

  it("is named TimeoutError, as util-waiter's timeout is, and says how long and what it last saw", () => {
    expect(error.name).toBe("TimeoutError");
    expect(error).toBeInstanceOf(WaiterError);
    expect(error.state).toBe(WaiterState.TIMEOUT);
    expect(error.maxWaitTime).toBe(300);
    expect(error.message).toBe("Waiter ThingActive timed out after 300 s (maxWaitTime); last status CREATE_IN_PROGRESS.");
    expect(error.$metadata.requestId).toBe("req-7");
  });

  it("names the last error when the last call failed", () => {
    const throttled = Object.assign(new Error("Rate exceeded"), { name: "ThrottlingException" });
    expect(new WaiterTimeoutError({ waiterName: "W", maxWaitTime: 5, lastResponse: throttled }).message).toBe(
      "Waiter W timed out after 5 s (maxWaitTime); last response ThrottlingException.",
    );
  });
});

describe("WaiterAbortedError", () => {
  it("is named AbortError, as util-waiter's abort is, and says what it last saw", () => {
    const error = new WaiterAbortedError({ waiterName: "ThingActive", statusFields: { status: "CREATE_PENDING" } });
    expect(error.name).toBe("AbortError");
    expect(error.state).toBe(WaiterState.ABORTED);
    expect(error.message).toBe("Waiter ThingActive was aborted; last status CREATE_PENDING.");
    expect(new WaiterAbortedError({ waiterName: "W" }).message).toBe("Waiter W was aborted.");
  });
});

describe("WaiterError", () => {
  it("is the common base, with a message of its own when built directly", () => {
    const error = new WaiterError({ waiterName: "W" });
    expect(error.name).toBe("WaiterError");
    expect(error.state).toBe(WaiterState.FAILURE);
    expect(error.message).toBe("Waiter W did not succeed (FAILURE).");
  });
});
