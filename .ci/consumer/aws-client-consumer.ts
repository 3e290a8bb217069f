// The baseline: the same kind of strict consumer of AWS's own generated client (@aws-sdk/client-cleanrooms), so the
// consumer checks measure the errors every AWS SDK v3 client shows in a given setup instead of asserting them.
import { CleanRoomsClient, CleanRoomsServiceException, GetCollaborationCommand, ResourceNotFoundException } from "@aws-sdk/client-cleanrooms";
import type { GetCollaborationCommandInput, GetCollaborationCommandOutput } from "@aws-sdk/client-cleanrooms";

export async function describeCollaboration(id: string): Promise<string> {
  const client = new CleanRoomsClient({ region: "us-east-1", maxAttempts: 3 });
  const input: GetCollaborationCommandInput = { collaborationIdentifier: id };
  try {
    const out: GetCollaborationCommandOutput = await client.send(new GetCollaborationCommand(input));
    const created: Date | undefined = out.collaboration?.createTime;
    return `${out.collaboration?.name} ${created?.toISOString()}`;
  } catch (err) {
    if (err instanceof ResourceNotFoundException) return `missing (${err.$metadata.requestId})`;
    if (err instanceof CleanRoomsServiceException) return `${err.name}: ${err.$fault}`;
    throw err;
  } finally {
    client.destroy();
  }
}
