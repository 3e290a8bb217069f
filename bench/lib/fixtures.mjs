// What the loopback server answers and what each client sends. Both bodies are realistic, similar-sized
// JSON documents with timestamps, so both clients do the same kind of parsing work.
export const CREDENTIALS = {
  accessKeyId: "AKIDBENCHCLEANROOMSML",
  secretAccessKey: "bench-secret-key/0123456789abcdef0123456789",
  sessionToken: "bench-session-token/fedcba9876543210",
};
export const REGION = "us-east-1";

export const AUDIENCE_MODEL_ARN = "arn:aws:cleanrooms-ml:us-east-1:123456789012:audience-model/team_a/model-1";
export const COLLABORATION_ID = "a1b2c3d4-5678-90ab-cdef-EXAMPLE11111";

export const AUDIENCE_MODEL_BODY = JSON.stringify({
  createTime: "2026-03-01T10:00:00.250Z",
  updateTime: "2026-03-02T11:30:00Z",
  trainingDataStartTime: "2026-01-01T00:00:00Z",
  trainingDataEndTime: "2026-02-01T00:00:00Z",
  audienceModelArn: AUDIENCE_MODEL_ARN,
  name: "spring-lookalikes",
  trainingDatasetArn: "arn:aws:cleanrooms-ml:us-east-1:123456789012:training-dataset/ds-1",
  status: "ACTIVE",
  description: "Lookalikes of spring buyers",
  tags: { team: "growth", "cost-center": "42" },
});

export const COLLABORATION_BODY = JSON.stringify({
  collaboration: {
    id: COLLABORATION_ID,
    arn: `arn:aws:cleanrooms:us-east-1:123456789012:collaboration/${COLLABORATION_ID}`,
    name: "spring-collab",
    description: "Spring campaign collaboration",
    creatorAccountId: "123456789012",
    creatorDisplayName: "growth",
    createTime: 1772359200.25,
    updateTime: 1772451000,
    memberStatus: "ACTIVE",
    queryLogStatus: "ENABLED",
    analyticsEngine: "SPARK",
  },
});
