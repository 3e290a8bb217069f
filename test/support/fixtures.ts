// Service-shaped test data shared by suites that need "some valid audience model" and nothing special about it.
// Suites that test the data itself (the vector table, the e2e suite) keep their own, richer fixtures.

export const ACCOUNT = "123456789012";
export const DATASET_ARN = `arn:aws:cleanrooms-ml:us-east-1:${ACCOUNT}:training-dataset/ds-1`;

/** A valid audience model ARN in us-east-1 with the given id. */
export const audienceModelArn = (id: string): string => `arn:aws:cleanrooms-ml:us-east-1:${ACCOUNT}:audience-model/${id}`;

/** The smallest GetAudienceModel response body the service can send: the required members only, status ACTIVE. */
export function minimalAudienceModel(arn: string, name: string): Record<string, string> {
  return {
    createTime: "2026-03-01T10:00:00Z",
    updateTime: "2026-03-02T11:30:00Z",
    audienceModelArn: arn,
    name,
    trainingDatasetArn: DATASET_ARN,
    status: "ACTIVE",
  };
}
