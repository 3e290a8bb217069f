// The vector table over FetchHttpHandler in Node (Node's own fetch), using the dist-es build bundled as ESM users get it.
import { FetchHttpHandler } from "@smithy/fetch-http-handler";
import * as retry from "@smithy/util-retry";
import { ES_BUNDLE } from "./support/builds";
import { TEST_CREDENTIALS, TEST_REGION } from "./support/credentials";
import { runVectorTable } from "./support/protocol-runner";
import { executeVector } from "./support/vector-executor";

runVectorTable("protocol vectors via FetchHttpHandler in Node (dist-es)", {
  transport: "fetch-node",
  async setup(server) {
    const sdk = require(ES_BUNDLE);
    return (v) =>
      executeVector(
        {
          sdk,
          retry,
          makeRequestHandler: (options) => new FetchHttpHandler(options ?? {}),
          handlerClass: FetchHttpHandler,
          endpoint: server.endpoint,
          credentials: TEST_CREDENTIALS,
          defaultRegion: TEST_REGION,
          rssBytes: () => process.memoryUsage.rss(),
        },
        v,
      );
  },
});
