// The generated waiters (from model/waiters.smithy) against the local endpoint's scripted statuses, on both
// published builds: success, failure and timeout paths, the fail-fast error acceptors, and abort. A wait that does not
// succeed throws a typed error (WaiterErrorsIntegration): WaiterFailedError, WaiterTimeoutError, WaiterAbortedError.
// Delays are a fraction of a second so the suite stays quick; the model's own delays are checked separately.
import { DELETED, startLocalEndpoint, type LocalEndpoint, type ScriptedStatus } from "@cleanroomsml-sdk/local-endpoint";
import { builds } from "./support/builds";
import { TEST_CREDENTIALS, TEST_REGION } from "./support/credentials";

const arnOf = (id: string) => `arn:aws:cleanrooms-ml:${TEST_REGION}:123456789012:audience-model/${id}`;
const DATASET = `arn:aws:cleanrooms-ml:${TEST_REGION}:123456789012:training-dataset/ds`;
const FAST = { minDelay: 0.05, maxDelay: 0.1, maxWaitTime: 5 };

// Each scripted model is named for its script; reads advance it one step.
const SCRIPTS: Record<string, ScriptedStatus[]> = {
  "trains-then-active": ["CREATE_PENDING", "CREATE_IN_PROGRESS", "CREATE_IN_PROGRESS", "ACTIVE"],
  "appears-late": [DELETED, DELETED, "CREATE_IN_PROGRESS", "ACTIVE"],
  "create-failed": ["CREATE_IN_PROGRESS", "CREATE_FAILED"],
  "delete-pending": ["CREATE_IN_PROGRESS", "DELETE_PENDING"],
  "delete-in-progress": ["CREATE_IN_PROGRESS", "DELETE_IN_PROGRESS"],
  "delete-failed": ["CREATE_IN_PROGRESS", "DELETE_FAILED"],
  "training-forever": ["CREATE_IN_PROGRESS"],
  "deleted": ["ACTIVE", "DELETE_PENDING", "DELETE_IN_PROGRESS", DELETED],
  "deletion-fails": ["DELETE_PENDING", "DELETE_IN_PROGRESS", "DELETE_FAILED"],
};

// What the service says about a model whose training or deletion failed.
const FAILURE_DETAILS: Record<string, { statusCode: string; message: string }> = {
  "create-failed": { statusCode: "INSUFFICIENT_TRAINING_DATA", message: "The training dataset has too few rows" },
  "deletion-fails": { statusCode: "INTERNAL_ERROR", message: "Deletion could not complete" },
};

const DENIED = { accessKeyId: "AKIDWITHOUTPERMISSION", secretAccessKey: "denied-key-secret" };
/** Credentials the endpoint refuses, and the error each gets. */
const REFUSED_CREDENTIALS: Array<[errorName: string, why: string, credentials: { accessKeyId: string; secretAccessKey: string }]> = [
  ["AccessDeniedException", "a key without permission", DENIED],
  ["InvalidSignatureException", "the wrong secret", { ...TEST_CREDENTIALS, secretAccessKey: "wrong" }],
  ["UnrecognizedClientException", "an unknown access key", { accessKeyId: "AKIDNOBODYKNOWS", secretAccessKey: "whatever" }],
];

/** What a waitUntil* promise rejected with (the test fails if it resolved). */
const rejection = (waiting: Promise<unknown>): Promise<any> => waiting.then(() => { throw new Error("the waiter resolved"); }, (e: unknown) => e);

describe.each(builds)("generated waiters (%s)", (_build, load) => {
  const sdk = load();
  let endpoint: LocalEndpoint;
  let client: InstanceType<typeof sdk.CleanRoomsMLClient>;

  beforeEach(async () => {
    endpoint = await startLocalEndpoint({
      sigv4: { credentials: [TEST_CREDENTIALS, { ...DENIED, authorized: false }] },
      audienceModels: Object.entries(SCRIPTS).map(([id, statuses]) => ({
        audienceModelArn: arnOf(id), name: id, trainingDatasetArn: DATASET, statuses,
        ...(FAILURE_DETAILS[id] ? { statusDetails: FAILURE_DETAILS[id] } : {}),
      })),
    });
    client = new sdk.CleanRoomsMLClient({ region: TEST_REGION, credentials: TEST_CREDENTIALS, endpoint: endpoint.endpoint });
  });
  afterEach(async () => {
    client.destroy();
    await endpoint.close();
  });
  const readsOf = (id: string) => endpoint.served.filter((s) => s.rawUrl.endsWith(encodeURIComponent(arnOf(id)))).length;

  describe("waitUntilAudienceModelActive", () => {
    it("polls through CREATE_PENDING and CREATE_IN_PROGRESS and resolves with the ACTIVE output", async () => {
      const result = await sdk.waitUntilAudienceModelActive({ client, ...FAST }, { audienceModelArn: arnOf("trains-then-active") });
      expect(result.state).toBe("SUCCESS");
      expect(result.reason?.status).toBe("ACTIVE");
      expect(result.reason?.createTime).toBeInstanceOf(Date);
      expect(readsOf("trains-then-active")).toBe(4);
    });

    it("keeps polling through ResourceNotFoundException, as a model read right after creation may not be visible yet", async () => {
      const result = await sdk.waitUntilAudienceModelActive({ client, ...FAST }, { audienceModelArn: arnOf("appears-late") });
      expect(result.reason?.status).toBe("ACTIVE");
      expect(endpoint.served.map((s) => s.status)).toEqual([404, 404, 200, 200]);
    });

    it("throws WaiterFailedError at CREATE_FAILED with the status, its details and the response's $metadata", async () => {
      const err = await rejection(sdk.waitUntilAudienceModelActive({ client, ...FAST }, { audienceModelArn: arnOf("create-failed") }));
      expect(err).toBeInstanceOf(sdk.WaiterFailedError);
      expect(err).toBeInstanceOf(sdk.WaiterError);
      expect(err.name).toBe("WaiterFailedError");
      expect(err).toMatchObject({ state: "FAILURE", waiterName: "AudienceModelActive", status: "CREATE_FAILED", statusDetails: FAILURE_DETAILS["create-failed"] });
      expect(err.message).toBe(
        "Waiter AudienceModelActive failed: the resource reached status CREATE_FAILED " +
          "(INSUFFICIENT_TRAINING_DATA: The training dataset has too few rows).",
      );
      const last = endpoint.served[endpoint.served.length - 1];
      expect(err.$metadata).toMatchObject({ httpStatusCode: 200, requestId: last.requestId });
      expect(err.lastResponse).toMatchObject({ status: "CREATE_FAILED", name: "create-failed" });
      expect(err.cause).toBeUndefined();
      expect(readsOf("create-failed")).toBe(2);
    });

    it.each([
      ["delete-pending", "DELETE_PENDING"],
      ["delete-in-progress", "DELETE_IN_PROGRESS"],
      ["delete-failed", "DELETE_FAILED"],
    ])("stops with WaiterFailedError at %s, without polling further", async (id, status) => {
      const err = await rejection(sdk.waitUntilAudienceModelActive({ client, ...FAST }, { audienceModelArn: arnOf(id) }));
      expect(err).toBeInstanceOf(sdk.WaiterFailedError);
      expect(err).toMatchObject({ state: "FAILURE", status });
      expect(err.message).toBe(`Waiter AudienceModelActive failed: the resource reached status ${status}.`);
      expect(readsOf(id)).toBe(2);
    });

    // The endpoint answers these as AWS does: the modeled AccessDeniedException for a key without permission,
    // and its SigV4 front end's codes, which no operation models, for keys it does not accept.
    it.each(REFUSED_CREDENTIALS)("stops at the first %s (%s) instead of polling until maxWaitTime", async (errorName, _why, credentials) => {
      const refused = new sdk.CleanRoomsMLClient({ region: TEST_REGION, endpoint: endpoint.endpoint, credentials });
      const err = await rejection(sdk.waitUntilAudienceModelActive({ client: refused, ...FAST }, { audienceModelArn: arnOf("training-forever") }));
      refused.destroy();
      expect(err).toBeInstanceOf(sdk.WaiterFailedError);
      expect(err).toMatchObject({ state: "FAILURE", $metadata: { httpStatusCode: 403, requestId: endpoint.served[0].requestId } });
      expect(err.cause.name).toBe(errorName);
      expect(err.status).toBeUndefined();
      expect(err.message).toMatch(new RegExp(`^Waiter AudienceModelActive failed: the call failed with ${errorName}: .+\\.$`));
      expect(endpoint.served.map((s) => [s.status, s.errorType])).toEqual([[403, errorName]]);
    });

    it("stops at once on an ARN outside the model's pattern instead of polling until maxWaitTime", async () => {
      const started = Date.now();
      const err = await rejection(
        sdk.waitUntilAudienceModelActive({ client, minDelay: 0.05, maxDelay: 0.1, maxWaitTime: 20 }, { audienceModelArn: "arn:aws:s3:::not-an-audience-model" }),
      );
      expect(err).toBeInstanceOf(sdk.WaiterFailedError);
      // Whichever side refuses it ends the wait (test/waiters-input-validation.integ.spec.ts covers each mode): the
      // client before sending (InputValidationError) or the service (ValidationException).
      expect(["InputValidationError", "ValidationException"]).toContain(err.cause?.name);
      expect(endpoint.served.length).toBeLessThanOrEqual(1);
      expect(Date.now() - started).toBeLessThan(1000);
    });

    it("times out with a TimeoutError when the model never leaves CREATE_IN_PROGRESS", async () => {
      const started = Date.now();
      const err = await rejection(
        sdk.waitUntilAudienceModelActive({ client, minDelay: 0.1, maxDelay: 0.2, maxWaitTime: 1 }, { audienceModelArn: arnOf("training-forever") }),
      );
      const elapsed = Date.now() - started;
      expect(err).toBeInstanceOf(sdk.WaiterTimeoutError);
      expect(err).toMatchObject({ name: "TimeoutError", state: "TIMEOUT", maxWaitTime: 1, status: "CREATE_IN_PROGRESS" });
      expect(err.message).toBe("Waiter AudienceModelActive timed out after 1 s (maxWaitTime); last status CREATE_IN_PROGRESS.");
      expect(err.$metadata.requestId).toBe(endpoint.served[endpoint.served.length - 1].requestId);
      expect(elapsed).toBeGreaterThanOrEqual(500);
      expect(elapsed).toBeLessThan(2500);
      expect(readsOf("training-forever")).toBeGreaterThanOrEqual(3);
    });

    it("rejects with an AbortError when its abortSignal fires, and stops polling", async () => {
      const controller = new AbortController();
      const waiting = sdk.waitUntilAudienceModelActive(
        { client, minDelay: 0.1, maxDelay: 0.1, maxWaitTime: 30, abortSignal: controller.signal },
        { audienceModelArn: arnOf("training-forever") },
      );
      await new Promise((r) => setTimeout(r, 350));
      controller.abort();
      const err = await rejection(waiting);
      expect(err).toBeInstanceOf(sdk.WaiterAbortedError);
      expect(err).toMatchObject({ name: "AbortError", state: "ABORTED", status: "CREATE_IN_PROGRESS" });
      const atAbort = readsOf("training-forever");
      expect(atAbort).toBeGreaterThanOrEqual(2);
      // The poll loop may finish the read it was sleeping towards, then sees the abort and ends.
      await new Promise((r) => setTimeout(r, 600));
      expect(readsOf("training-forever")).toBeLessThanOrEqual(atAbort + 1);
    });

    it("uses the model's 30 s minimum delay by default, so a shorter maxWaitTime is refused before any call", async () => {
      await expect(sdk.waitUntilAudienceModelActive({ client, maxWaitTime: 20 }, { audienceModelArn: arnOf("trains-then-active") })).rejects.toThrow(
        "maxWaitTime [20] must be greater than WaiterConfiguration.minDelay [30]",
      );
      expect(endpoint.served).toHaveLength(0);
    });

    it("is also a method of the aggregated client, which throws the same typed errors", async () => {
      const aggregated = new sdk.CleanRoomsML({ region: TEST_REGION, credentials: TEST_CREDENTIALS, endpoint: endpoint.endpoint });
      const result = await aggregated.waitUntilAudienceModelActive({ audienceModelArn: arnOf("trains-then-active") }, FAST);
      expect(result.reason?.status).toBe("ACTIVE");
      const err = await rejection(aggregated.waitUntilAudienceModelActive({ audienceModelArn: arnOf("create-failed") }, FAST));
      expect(err).toBeInstanceOf(sdk.WaiterFailedError);
      expect(err).toMatchObject({ status: "CREATE_FAILED", statusDetails: FAILURE_DETAILS["create-failed"] });
      // A number is maxWaitTime, as for every AWS SDK aggregated client; the model's 30 s minDelay then refuses 20.
      await expect(aggregated.waitUntilAudienceModelActive({ audienceModelArn: arnOf("trains-then-active") }, 20)).rejects.toThrow(
        "maxWaitTime [20] must be greater than WaiterConfiguration.minDelay [30]",
      );
      aggregated.destroy();
    });
  });

  describe("waitUntilAudienceModelDeleted", () => {
    it("succeeds on ResourceNotFoundException once the deletion has run through", async () => {
      const result = await sdk.waitUntilAudienceModelDeleted({ client, ...FAST }, { audienceModelArn: arnOf("deleted") });
      expect(result.state).toBe("SUCCESS");
      expect(result.reason).toBeInstanceOf(sdk.ResourceNotFoundException);
      expect(endpoint.served.map((s) => s.status)).toEqual([200, 200, 200, 404]);
    });

    it("throws WaiterFailedError at DELETE_FAILED with the status, its details and the response's $metadata", async () => {
      const err = await rejection(sdk.waitUntilAudienceModelDeleted({ client, ...FAST }, { audienceModelArn: arnOf("deletion-fails") }));
      expect(err).toBeInstanceOf(sdk.WaiterFailedError);
      expect(err).toMatchObject({ state: "FAILURE", waiterName: "AudienceModelDeleted", status: "DELETE_FAILED", statusDetails: FAILURE_DETAILS["deletion-fails"] });
      expect(err.message).toBe("Waiter AudienceModelDeleted failed: the resource reached status DELETE_FAILED (INTERNAL_ERROR: Deletion could not complete).");
      expect(err.$metadata).toMatchObject({ httpStatusCode: 200, requestId: endpoint.served[endpoint.served.length - 1].requestId });
      expect(readsOf("deletion-fails")).toBe(3);
    });

    it.each(REFUSED_CREDENTIALS)("stops at the first %s (%s)", async (errorName, _why, credentials) => {
      const refused = new sdk.CleanRoomsMLClient({ region: TEST_REGION, endpoint: endpoint.endpoint, credentials });
      const err = await rejection(sdk.waitUntilAudienceModelDeleted({ client: refused, ...FAST }, { audienceModelArn: arnOf("training-forever") }));
      refused.destroy();
      expect(err).toBeInstanceOf(sdk.WaiterFailedError);
      expect(err.cause.name).toBe(errorName);
      expect(err.$metadata.httpStatusCode).toBe(403);
      expect(endpoint.served).toHaveLength(1);
    });

    it("times out while the model stays ACTIVE", async () => {
      const err = await rejection(
        sdk.waitUntilAudienceModelDeleted({ client, minDelay: 0.1, maxDelay: 0.2, maxWaitTime: 1 }, { audienceModelArn: arnOf("training-forever") }),
      );
      expect(err).toBeInstanceOf(sdk.WaiterTimeoutError);
      expect(err).toMatchObject({ name: "TimeoutError", state: "TIMEOUT", status: "CREATE_IN_PROGRESS" });
    });

    it("uses the model's 10 s minimum delay by default", async () => {
      await expect(sdk.waitUntilAudienceModelDeleted({ client, maxWaitTime: 5 }, { audienceModelArn: arnOf("deleted") })).rejects.toThrow(
        "maxWaitTime [5] must be greater than WaiterConfiguration.minDelay [10]",
      );
    });
  });
});
