// ESM consumer: named imports from the installed tarball under Node's own ESM loader.
import assert from "node:assert/strict";
import {
  AudienceModelStatus,
  CleanRoomsML,
  CleanRoomsMLClient,
  CleanRoomsMLServiceException,
  GetAudienceModelCommand,
  ResourceNotFoundException,
  waitUntilAudienceModelActive,
} from "@cleanroomsml-sdk/client-cleanroomsml";
import serve from "./serve.cjs";

const { KNOWN_ARN, startService, clientConfig } = serve;
const service = await startService();
const client = new CleanRoomsMLClient(clientConfig(service.endpoint));
try {
  const out = await client.send(new GetAudienceModelCommand({ audienceModelArn: KNOWN_ARN }));
  assert.equal(out.status, AudienceModelStatus.ACTIVE);

  const aggregated = new CleanRoomsML(clientConfig(service.endpoint));
  const err = await aggregated.getAudienceModel({ audienceModelArn: `${KNOWN_ARN}-gone` }).then(() => undefined, (e) => e);
  assert.ok(err instanceof ResourceNotFoundException, `expected ResourceNotFoundException, got ${err}`);
  assert.ok(err instanceof CleanRoomsMLServiceException);
  aggregated.destroy();

  const waited = await waitUntilAudienceModelActive({ client, maxWaitTime: 60 }, { audienceModelArn: KNOWN_ARN });
  assert.equal(waited.state, "SUCCESS");
  console.log("import: client, aggregated client, modeled error and waiter work");
} finally {
  client.destroy();
  service.close();
}
