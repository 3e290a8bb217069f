// Fixed test credentials. The values are distinctive so leak checks can search for them.
export const TEST_CREDENTIALS = {
  accessKeyId: "AKIDTESTCLEANROOMSML",
  secretAccessKey: "test-secret-key/DoNotLeak+0123456789abcdef",
  sessionToken: "test-session-token/DoNotLeak+fedcba9876543210",
};
export const TEST_REGION = "us-east-1";
