// A small browser app: esbuild bundles it with --platform=browser, and the checker reads the metafile
// to prove no Node built-in (or Node-only runtime package) made it into the bundle.
import { CleanRoomsMLClient, GetAudienceModelCommand, ResourceNotFoundException } from "@cleanroomsml-sdk/client-cleanroomsml";

const client = new CleanRoomsMLClient({
  region: "us-east-1",
  credentials: { accessKeyId: "AKIDBROWSER", secretAccessKey: "browser-secret" },
});

export async function show(arn) {
  try {
    const out = await client.send(new GetAudienceModelCommand({ audienceModelArn: arn }));
    document.body.textContent = `${out.name}: ${out.status}`;
  } catch (err) {
    document.body.textContent = err instanceof ResourceNotFoundException ? "not found" : String(err);
  }
}
