// Runs the vectors.ts entries the generated client can send through both published builds, and checks
// the typed result: output fields for 200, the modeled exception class (or, for SigV4 failures, the service
// exception with the error's name) and metadata otherwise.
import { startLocalEndpoint, type LocalEndpoint } from "@cleanroomsml-sdk/local-endpoint";
import { builds } from "../support/builds";
import { signingSetup, VECTOR_ENDPOINT_OPTIONS } from "./endpoint-fixture";
import { SIGV4_ERRORS, VECTORS } from "./vectors";

let endpoint: LocalEndpoint;
beforeAll(async () => {
  endpoint = await startLocalEndpoint(VECTOR_ENDPOINT_OPTIONS);
});
afterAll(() => endpoint.close());

describe.each(builds)("local endpoint through the generated client (%s)", (_build, load) => {
  const sdk = load();
  const vectors = VECTORS.filter((v) => v.viaClient);

  it.each(vectors.map((v) => [v.name, v] as const))("%s", async (_name, v) => {
    const { credentials, region, clockOffsetMs } = signingSetup(v.signing);
    const client = new sdk.CleanRoomsMLClient({ region, credentials, endpoint: endpoint.endpoint, systemClockOffset: clockOffsetMs, maxAttempts: 1 });
    try {
      const outcome = await client.send(new sdk.GetAudienceModelCommand({ audienceModelArn: v.arn })).then(
        (out) => ({ out }),
        (err: unknown) => ({ err }),
      );
      if (v.expect.status === 200) {
        expect("out" in outcome && outcome.out).toMatchObject({ status: v.expect.modelStatus, name: v.expect.name, audienceModelArn: v.arn });
        if ("out" in outcome) expect(outcome.out.createTime).toBeInstanceOf(Date);
      } else {
        expect("err" in outcome).toBe(true);
        const err = (outcome as { err: InstanceType<typeof sdk.CleanRoomsMLServiceException> }).err;
        // A SigV4 failure is no modeled error: the client raises its service exception, named by x-amzn-ErrorType.
        expect(err).toBeInstanceOf(SIGV4_ERRORS.includes(v.expect.errorType) ? sdk.CleanRoomsMLServiceException : sdk[v.expect.errorType as "ValidationException"]);
        expect(err.$fault).toBe("client");
        expect(err.name).toBe(v.expect.errorType);
        expect(err.message).toContain(v.expect.messageIncludes);
        expect(err.$metadata.httpStatusCode).toBe(v.expect.status);
        expect(err.$metadata.requestId).toBe(endpoint.served[endpoint.served.length - 1].requestId);
      }
    } finally {
      client.destroy();
    }
  });
});
