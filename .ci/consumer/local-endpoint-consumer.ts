// Type-checked (never run): a test suite's use of the local endpoint, written without any Node API, so that a
// consumer without @types/node sees whether the endpoint's own declarations need them.
import { DELETED, startLocalEndpoint } from "@cleanroomsml-sdk/local-endpoint";
import type { AudienceModelFixture, LocalEndpoint, LocalEndpointOptions, ServedRequest } from "@cleanroomsml-sdk/local-endpoint";

const fixture: AudienceModelFixture = {
  audienceModelArn: "arn:aws:cleanrooms-ml:us-east-1:123456789012:audience-model/m",
  name: "m",
  trainingDatasetArn: "arn:aws:cleanrooms-ml:us-east-1:123456789012:training-dataset/d",
  statuses: ["CREATE_IN_PROGRESS", "ACTIVE", "DELETE_PENDING", DELETED],
  advance: { everyMs: 50 },
};

export async function served(): Promise<readonly ServedRequest[]> {
  const options: LocalEndpointOptions = {
    audienceModels: [fixture],
    sigv4: { credentials: [{ accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" }], region: "us-east-1" },
    throttle: { everyNth: 5 },
  };
  const endpoint: LocalEndpoint = await startLocalEndpoint(options);
  const url: string = endpoint.endpoint;
  await endpoint.close();
  return url ? endpoint.served : [];
}

// @ts-expect-error a status the model does not define is refused at compile time.
export const typo: AudienceModelFixture = { ...fixture, statuses: ["ACTIVATED"] };
