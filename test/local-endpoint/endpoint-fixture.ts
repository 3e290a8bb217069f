// The endpoint and key pairs every vector in vectors.ts runs against, and the signing variants.
import type { LocalEndpointOptions } from "@cleanroomsml-sdk/local-endpoint";
import { TEST_CREDENTIALS } from "../support/credentials";
import { KNOWN_ARN, REGION, type Signing } from "./vectors";

/** A key pair whose signatures verify but that has no permission for GetAudienceModel. */
export const DENIED_CREDENTIALS = { accessKeyId: "AKIDWITHOUTPERMISSION", secretAccessKey: "denied-key-secret" };

export const VECTOR_ENDPOINT_OPTIONS: LocalEndpointOptions = {
  sigv4: { credentials: [TEST_CREDENTIALS, { ...DENIED_CREDENTIALS, authorized: false }], region: REGION },
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
    case "denied-key":
      return { ...base, credentials: DENIED_CREDENTIALS };
    case "stale-date":
      return { ...base, clockOffsetMs: -20 * 60_000 };
    default:
      return base;
  }
}
