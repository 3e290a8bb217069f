// CommonJS consumer: require() the installed tarball and make real calls against a loopback service.
const assert = require("node:assert/strict");
const sdk = require("@cleanroomsml-sdk/client-cleanroomsml");
const { KNOWN_ARN, startService, clientConfig } = require("./serve.cjs");

(async () => {
  const service = await startService();
  const client = new sdk.CleanRoomsMLClient(clientConfig(service.endpoint));
  try {
    const out = await client.send(new sdk.GetAudienceModelCommand({ audienceModelArn: KNOWN_ARN }));
    assert.equal(out.status, sdk.AudienceModelStatus.ACTIVE);
    assert.ok(out.createTime instanceof Date);

    const err = await client.send(new sdk.GetAudienceModelCommand({ audienceModelArn: `${KNOWN_ARN}-gone` }))
      .then(() => undefined, (e) => e);
    assert.ok(err instanceof sdk.ResourceNotFoundException, `expected ResourceNotFoundException, got ${err}`);
    assert.ok(err instanceof sdk.CleanRoomsMLServiceException);

    const waited = await sdk.waitUntilAudienceModelActive({ client, maxWaitTime: 60 }, { audienceModelArn: KNOWN_ARN });
    assert.equal(waited.state, "SUCCESS");
    console.log("require(): client, command, modeled error and waiter work");
  } finally {
    client.destroy();
    service.close();
  }
})().catch((e) => { console.error(e); process.exit(1); });
