// The generated waiters and the client's inputValidation modes, against the local endpoint (which enforces every
// constraint of the model, as the service does), on both published builds. Whatever refuses a bad ARN, the client
// before sending (InputValidationError) or the service after (ValidationException, 400), the waiters' failure
// acceptors stop at once instead of polling until maxWaitTime.
import { startLocalEndpoint, type LocalEndpoint } from "@cleanroomsml-sdk/local-endpoint";
import { builds } from "./support/builds";
import { TEST_CREDENTIALS, TEST_REGION } from "./support/credentials";

const ARN = `arn:aws:cleanrooms-ml:${TEST_REGION}:123456789012:audience-model/training-forever`;
// Long enough for the default mode, outside the model's pattern: the service must be the one to refuse it.
const PATTERN_BREAKING = `arn:aws:cleanrooms-ml:${TEST_REGION}:123456789012:training-dataset/td-1/audience-model/am-1`;
// Were a waiter to poll instead of stopping, it would take at least minDelay (2 s) to read again.
const WAITING = { minDelay: 2, maxDelay: 2, maxWaitTime: 20 };

/** What a waitUntil* promise rejected with (the test fails if it resolved). */
const rejection = (waiting: Promise<unknown>): Promise<any> => waiting.then(() => { throw new Error("the waiter resolved"); }, (e: unknown) => e);

describe.each(builds)("waiters × inputValidation modes (%s)", (_build, load) => {
  const sdk = load();
  let endpoint: LocalEndpoint;
  const clients: Array<{ destroy(): void }> = [];
  const clientWith = (options: object) => {
    const client = new sdk.CleanRoomsMLClient({ region: TEST_REGION, credentials: TEST_CREDENTIALS, endpoint: endpoint.endpoint, ...options });
    clients.push(client);
    return client;
  };

  beforeEach(async () => {
    endpoint = await startLocalEndpoint({
      sigv4: { credentials: [TEST_CREDENTIALS] },
      audienceModels: [{ audienceModelArn: ARN, name: "training-forever", trainingDatasetArn: `arn:aws:cleanrooms-ml:${TEST_REGION}:123456789012:training-dataset/ds`, statuses: ["CREATE_IN_PROGRESS"] }],
    });
  });
  afterEach(async () => {
    clients.splice(0).forEach((c) => c.destroy());
    await endpoint.close();
  });

  type Timing = typeof WAITING;
  const WAITERS = [
    ["waitUntilAudienceModelActive", (client: any, input: object, timing: Timing = WAITING) => sdk.waitUntilAudienceModelActive({ client, ...timing }, input as never)],
    ["waitUntilAudienceModelDeleted", (client: any, input: object, timing: Timing = WAITING) => sdk.waitUntilAudienceModelDeleted({ client, ...timing }, input as never)],
  ] as const;

  describe.each(WAITERS)("%s", (_name, wait) => {
    it("default mode: a pattern-breaking ARN reaches the service, and its ValidationException stops the waiter after one read", async () => {
      const started = Date.now();
      const err = await rejection(wait(clientWith({}), { audienceModelArn: PATTERN_BREAKING }));
      expect(err).toBeInstanceOf(sdk.WaiterFailedError);
      expect(err.cause).toBeInstanceOf(sdk.ValidationException);
      expect(err.$metadata).toMatchObject({ httpStatusCode: 400, requestId: endpoint.served[0]?.requestId });
      expect(endpoint.served.map((s) => [s.status, s.errorType])).toEqual([[400, "ValidationException"]]);
      expect(endpoint.served[0].rawUrl).toBe(`/audience-model/${encodeURIComponent(PATTERN_BREAKING)}`);
      expect(Date.now() - started).toBeLessThan(WAITING.minDelay * 1000);
    });

    it('strict mode: the same ARN is refused before sending, and the InputValidationError stops the waiter', async () => {
      const err = await rejection(wait(clientWith({ inputValidation: "strict" }), { audienceModelArn: PATTERN_BREAKING }));
      expect(err).toBeInstanceOf(sdk.WaiterFailedError);
      expect(err.cause).toBeInstanceOf(sdk.InputValidationError);
      expect(err.cause).toMatchObject({ constraint: "pattern" });
      expect(err.$metadata).toEqual({});
      expect(endpoint.served).toHaveLength(0);
    });

    it.each([
      ["a missing ARN", {}, "required"],
      ["an empty ARN", { audienceModelArn: "" }, "length"],
    ])("default mode: %s is refused before sending, and the InputValidationError stops the waiter", async (_what, input, constraint) => {
      const err = await rejection(wait(clientWith({}), input));
      expect(err).toBeInstanceOf(sdk.WaiterFailedError);
      expect(err.cause).toBeInstanceOf(sdk.InputValidationError);
      expect(err.cause).toMatchObject({ constraint });
      expect(endpoint.served).toHaveLength(0);
    });

    it("a valid ARN still polls as before (the waiter times out while the model trains)", async () => {
      const err = await rejection(wait(clientWith({}), { audienceModelArn: ARN }, { minDelay: 0.05, maxDelay: 0.1, maxWaitTime: 0.5 }));
      expect(err).toBeInstanceOf(sdk.WaiterTimeoutError);
      expect(err).toMatchObject({ name: "TimeoutError", state: "TIMEOUT", status: "CREATE_IN_PROGRESS" });
      expect(endpoint.served.length).toBeGreaterThanOrEqual(2);
      expect(endpoint.served.every((s) => s.status === 200)).toBe(true);
    });
  });
});
