// The vector table over NodeHttpHandler, Node's default transport, using the dist-cjs build as Node users load it.
import { NodeHttpHandler } from "@smithy/node-http-handler";
import * as retry from "@smithy/util-retry";
import { TEST_CREDENTIALS, TEST_REGION } from "./support/credentials";
import { runVectorTable } from "./support/protocol-runner";
import { executeVector } from "./support/vector-executor";

runVectorTable("protocol vectors via NodeHttpHandler (dist-cjs)", {
  transport: "node-http",
  async setup(server) {
    const sdk = require("@cleanroomsml-sdk/client-cleanroomsml");
    return (v) =>
      executeVector(
        {
          sdk,
          retry,
          makeRequestHandler: (options) => new NodeHttpHandler(options ?? {}),
          handlerClass: NodeHttpHandler,
          endpoint: server.endpoint,
          credentials: TEST_CREDENTIALS,
          defaultRegion: TEST_REGION,
          rssBytes: () => process.memoryUsage.rss(),
        },
        v,
      );
  },
});
