// The endpoint and key pairs every vector in vectors.ts runs against, and the signing variants.
import type { LocalEndpointOptions } from "@cleanroomsml-sdk/local-endpoint";
import { TEST_CREDENTIALS } from "../support/credentials";
import { KNOWN_ARN, REGION, type Signing } from "./vectors";

export const VECTOR_ENDPOINT_OPTIONS: LocalEndpointOptions = {
  sigv4: { credentials: [TEST_CREDENTIALS], region: REGION },
  audienceModels: [
    {
      audienceModelArn: KNOWN_ARN,
      name: "fixture-model",
      trainingDatasetArn: `arn:aws:cleanrooms-ml:${REGION}:123456789012:training-dataset/ds-1`,
      statuses: ["ACTIVE"],
    },
  ],
};

/** Credentials, region and clock offset that produce each signing variant. */
export function signingSetup(signing: Signing): {
  credentials: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  region: string;
  clockOffsetMs: number;
} {
  const base = { credentials: TEST_CREDENTIALS, region: REGION, clockOffsetMs: 0 };
  switch (signing) {
    case "wrong-secret":
      return { ...base, credentials: { ...TEST_CREDENTIALS, secretAccessKey: "not-the-accepted-secret" } };
    case "unknown-key":
      return { ...base, credentials: { ...TEST_CREDENTIALS, accessKeyId: "AKIDNOBODYKNOWS" } };
    case "other-region":
      return { ...base, region: "eu-west-1" };
    case "stale-date":
      return { ...base, clockOffsetMs: -20 * 60_000 };
    default:
      return base;
  }
}
