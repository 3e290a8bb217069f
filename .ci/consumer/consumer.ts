// Type-checked (never run) under --strict with moduleResolution node16 and bundler:
// the client, the command and its input/output types, the modeled errors and the waiter.
// Type-only imports use `import type` (TS 3.8+), not inline `type` modifiers (TS 4.5+), so the same file also checks
// the TypeScript < 4.5 path (typesVersions -> dist-types/ts3.4).
import {
  AudienceModelStatus,
  CleanRoomsMLClient,
  CleanRoomsMLServiceException,
  GetAudienceModelCommand,
  ResourceNotFoundException,
  ThrottlingException,
  waitUntilAudienceModelActive,
} from "@cleanroomsml-sdk/client-cleanroomsml";
import type { GetAudienceModelCommandInput, GetAudienceModelCommandOutput } from "@cleanroomsml-sdk/client-cleanroomsml";

export async function describeModel(arn: string): Promise<string> {
  const client = new CleanRoomsMLClient({ region: "us-east-1", maxAttempts: 3 });
  const input: GetAudienceModelCommandInput = { audienceModelArn: arn };
  try {
    const out: GetAudienceModelCommandOutput = await client.send(new GetAudienceModelCommand(input));
    const created: Date | undefined = out.createTime;
    const active: boolean = out.status === AudienceModelStatus.ACTIVE;
    const waited = await waitUntilAudienceModelActive({ client, maxWaitTime: 600 }, input);
    const finalStatus: AudienceModelStatus | undefined = waited.reason?.status;
    return `${out.name} ${created?.toISOString()} ${active} ${finalStatus}`;
  } catch (err) {
    if (err instanceof ResourceNotFoundException) return `missing (${err.$metadata.requestId})`;
    if (err instanceof ThrottlingException) return `throttled after ${err.$metadata.attempts} tries`;
    if (err instanceof CleanRoomsMLServiceException) return `${err.name}: ${err.$fault}`;
    throw err;
  } finally {
    client.destroy();
  }
}

// @ts-expect-error audienceModelArn is required, so strict consumers are told at compile time.
new GetAudienceModelCommand({});
