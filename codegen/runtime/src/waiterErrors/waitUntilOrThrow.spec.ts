import { type WaiterConfiguration, type WaiterResult, WaiterState, createWaiter } from "@smithy/util-waiter";

import { WaiterAbortedError, WaiterError, WaiterFailedError, WaiterTimeoutError } from "./WaiterError";
import { waitUntilOrThrow } from "./waitUntilOrThrow";

// A client and a waitFor* shaped as the generator writes them: checkState sends the command and applies the
// acceptors in order; createWaiter is util-waiter's own.
type Output = { status: string; statusDetails?: { message?: string }; $metadata: { requestId: string } };

class FakeClient {
  readonly config = { region: "test" };
  readonly calls: string[] = [];
  constructor(private readonly script: Array<string | Error>) {}
  send(command: { input: { id: string } }): Promise<Output> {
    this.calls.push(command.input.id);
    const step = this.script[Math.min(this.calls.length - 1, this.script.length - 1)];
    const requestId = `req-${this.calls.length}`;
    if (step instanceof Error) return Promise.reject(Object.assign(step, { $metadata: { httpStatusCode: 403, requestId } }));
    return Promise.resolve({ status: step, statusDetails: step.endsWith("FAILED") ? { message: "it broke" } : undefined, $metadata: { requestId } });
  }
}

const checkState = async (client: FakeClient, input: { id: string }): Promise<WaiterResult> => {
  let reason;
  try {
    const result = await client.send({ input });
    reason = result;
    if (result.status === "ACTIVE") return { state: WaiterState.SUCCESS, reason };
    if (result.status === "CREATE_FAILED") return { state: WaiterState.FAILURE, reason };
  } catch (exception) {
    reason = exception;
    if ((exception as Error).name === "AccessDeniedException") return { state: WaiterState.FAILURE, reason };
  }
  return { state: WaiterState.RETRY, reason };
};

const waitForThingActive = (params: WaiterConfiguration<FakeClient>, input: { id: string }) =>
  createWaiter({ minDelay: 0.01, maxDelay: 0.02, ...params }, input, checkState);
const statusOf = (output: Output) => ({ status: output.status, statusDetails: output.statusDetails });
const waitUntilThingActive = (params: WaiterConfiguration<FakeClient>, input: { id: string }) =>
  waitUntilOrThrow<FakeClient, { id: string }, Output, Output>("ThingActive", waitForThingActive, params, input, statusOf);

const denied = () => Object.assign(new Error("not allowed"), { name: "AccessDeniedException" });
const rejection = (p: Promise<unknown>) => p.then(() => { throw new Error("expected a rejection"); }, (e: unknown) => e);

describe("waitUntilOrThrow", () => {
  it("returns util-waiter's result unchanged on success", async () => {
    const client = new FakeClient(["CREATE_PENDING", "ACTIVE"]);
    const result = await waitUntilThingActive({ client, maxWaitTime: 5 }, { id: "a" });
    expect(result.state).toBe(WaiterState.SUCCESS);
    expect(result.reason).toMatchObject({ status: "ACTIVE", $metadata: { requestId: "req-2" } });
    expect(client.calls).toEqual(["a", "a"]);
  });

  it("throws WaiterFailedError with the failure status, its details and that response's $metadata", async () => {
    const client = new FakeClient(["CREATE_IN_PROGRESS", "CREATE_FAILED"]);
    const error = (await rejection(waitUntilThingActive({ client, maxWaitTime: 5 }, { id: "a" }))) as WaiterFailedError;
    expect(error).toBeInstanceOf(WaiterFailedError);
    expect(error).toMatchObject({ state: "FAILURE", waiterName: "ThingActive", status: "CREATE_FAILED", statusDetails: { message: "it broke" } });
    expect(error.$metadata.requestId).toBe("req-2");
    expect(error.message).toBe("Waiter ThingActive failed: the resource reached status CREATE_FAILED (it broke).");
    expect(Object.values(error.observedResponses).reduce((a, b) => a + b, 0)).toBe(2);
  });

  it("throws WaiterFailedError with the error as cause when an error acceptor ends the wait, keeping the last status seen", async () => {
    const client = new FakeClient(["CREATE_IN_PROGRESS", denied()]);
    const error = (await rejection(waitUntilThingActive({ client, maxWaitTime: 5 }, { id: "a" }))) as WaiterFailedError;
    expect(error).toBeInstanceOf(WaiterFailedError);
    expect((error.cause as Error).name).toBe("AccessDeniedException");
    expect(error.lastResponse).toBe(error.cause);
    expect(error.$metadata).toEqual({ httpStatusCode: 403, requestId: "req-2" });
    expect(error.status).toBe("CREATE_IN_PROGRESS");
    expect(error.message).toBe("Waiter ThingActive failed: the call failed with AccessDeniedException: not allowed.");
  });

  it("throws WaiterTimeoutError (name TimeoutError) with the last status when maxWaitTime runs out", async () => {
    const client = new FakeClient(["CREATE_IN_PROGRESS"]);
    const error = (await rejection(waitUntilThingActive({ client, maxWaitTime: 0.2, minDelay: 0.05, maxDelay: 0.05 }, { id: "a" }))) as WaiterTimeoutError;
    expect(error).toBeInstanceOf(WaiterTimeoutError);
    expect(error.name).toBe("TimeoutError");
    expect(error).toMatchObject({ state: "TIMEOUT", maxWaitTime: 0.2, status: "CREATE_IN_PROGRESS" });
    expect(error.$metadata.requestId).toBe(`req-${client.calls.length}`);
    expect(client.calls.length).toBeGreaterThanOrEqual(2);
  });

  it("throws WaiterAbortedError (name AbortError) when the abort signal fires", async () => {
    const client = new FakeClient(["CREATE_PENDING"]);
    const controller = new AbortController();
    const waiting = rejection(waitUntilThingActive({ client, maxWaitTime: 10, minDelay: 0.05, maxDelay: 0.05, abortSignal: controller.signal }, { id: "a" }));
    await new Promise((r) => setTimeout(r, 120));
    controller.abort();
    const error = (await waiting) as WaiterAbortedError;
    expect(error).toBeInstanceOf(WaiterAbortedError);
    expect(error).toBeInstanceOf(WaiterError);
    expect(error.name).toBe("AbortError");
    expect(error).toMatchObject({ state: "ABORTED", status: "CREATE_PENDING" });
  });

  it("lets util-waiter's refusal of bad delays through unchanged, before any call", async () => {
    const client = new FakeClient(["ACTIVE"]);
    await expect(waitUntilThingActive({ client, maxWaitTime: 1, minDelay: 5 }, { id: "a" })).rejects.toThrow(
      "maxWaitTime [1] must be greater than WaiterConfiguration.minDelay [5]",
    );
    expect(client.calls).toEqual([]);
  });

  it("polls through a view of the client that is still the client: instanceof, config, and send on the real object", async () => {
    const client = new FakeClient(["ACTIVE"]);
    let seen: unknown;
    const waitFor = async (params: WaiterConfiguration<FakeClient>, input: { id: string }): Promise<WaiterResult> => {
      seen = params.client;
      await params.client.send({ input });
      return { state: WaiterState.SUCCESS };
    };
    await waitUntilOrThrow("ThingActive", waitFor, { client, maxWaitTime: 1 }, { id: "a" });
    expect(seen).not.toBe(client);
    expect(seen).toBeInstanceOf(FakeClient);
    expect((seen as FakeClient).config).toBe(client.config);
    expect(client.calls).toEqual(["a"]);
    expect(Object.prototype.hasOwnProperty.call(client, "send")).toBe(false);
  });

  it("without a status reader, still throws a typed error with the response's $metadata", async () => {
    const client = new FakeClient(["CREATE_FAILED"]);
    const error = (await rejection(waitUntilOrThrow("ThingActive", waitForThingActive, { client, maxWaitTime: 5 }, { id: "a" }))) as WaiterFailedError;
    expect(error).toBeInstanceOf(WaiterFailedError);
    expect(error.status).toBeUndefined();
    expect(error.$metadata.requestId).toBe("req-1");
    expect(error.message).toBe("Waiter ThingActive failed: the last response matched a failure condition.");
  });
});
