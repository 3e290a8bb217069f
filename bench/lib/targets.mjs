// The things measured per call, each returning { call, close, check } for a given endpoint:
//   bare     - node:http GET over a keep-alive agent + JSON.parse: the floor any HTTP+JSON client sits on
//   ours     - @cleanroomsml-sdk/client-cleanroomsml GetAudienceModel (CJS entry, as `require` users load it)
//   aws      - @aws-sdk/client-cleanrooms GetCollaboration (CJS entry), AWS's generated sibling client, defaults
//   awsCache - the same AWS client with its `cacheMiddleware: true` option
//   before   - our client as built from an earlier commit (bench/lib/build-before.mjs), when --before=<dir> is given
// `extra.config` is merged into the client's config (the in-memory sections pass their requestHandler there);
// `extra.beforeDir` is the package directory of the `before` build.
import { Agent, get } from "node:http";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { AUDIENCE_MODEL_ARN, COLLABORATION_ID, CREDENTIALS, REGION } from "./fixtures.mjs";

const require = createRequire(import.meta.url);

function oursFrom(sdk, endpoint, extra) {
  const client = new sdk.CleanRoomsMLClient({ region: REGION, endpoint, credentials: CREDENTIALS, ...extra?.config });
  const input = { audienceModelArn: AUDIENCE_MODEL_ARN };
  return {
    client,
    call: () => client.send(new sdk.GetAudienceModelCommand(input)),
    close: () => client.destroy(),
    check: (out) => out.status === "ACTIVE" && out.createTime instanceof Date,
  };
}

function awsWith(endpoint, extra, config) {
  const sdk = require("@aws-sdk/client-cleanrooms");
  const client = new sdk.CleanRoomsClient({ region: REGION, endpoint, credentials: CREDENTIALS, ...config, ...extra?.config });
  const input = { collaborationIdentifier: COLLABORATION_ID };
  return {
    client,
    call: () => client.send(new sdk.GetCollaborationCommand(input)),
    close: () => client.destroy(),
    check: (out) => out.collaboration?.memberStatus === "ACTIVE" && out.collaboration.createTime instanceof Date,
  };
}

export const TARGETS = {
  bare(endpoint) {
    // Same socket policy as the SDK's NodeHttpHandler defaults (keep-alive, 50 sockets).
    const agent = new Agent({ keepAlive: true, maxSockets: 50 });
    const url = new URL(`/audience-model/${encodeURIComponent(AUDIENCE_MODEL_ARN)}`, endpoint);
    const call = () =>
      new Promise((resolve, reject) => {
        get(url, { agent }, (res) => {
          const chunks = [];
          res.on("data", (c) => chunks.push(c));
          res.on("end", () => {
            try { resolve(JSON.parse(Buffer.concat(chunks).toString("utf8"))); } catch (e) { reject(e); }
          });
          res.on("error", reject);
        }).on("error", reject);
      });
    return { call, close: () => agent.destroy(), check: (out) => out.status === "ACTIVE" };
  },

  ours: (endpoint, extra) => oursFrom(require("@cleanroomsml-sdk/client-cleanroomsml"), endpoint, extra),

  before(endpoint, extra) {
    if (!extra?.beforeDir) throw new Error("the before target needs --before=<package dir> (see bench/lib/build-before.mjs)");
    return oursFrom(require(resolve(extra.beforeDir)), endpoint, extra);
  },

  aws: (endpoint, extra) => awsWith(endpoint, extra, {}),

  awsCache: (endpoint, extra) => awsWith(endpoint, extra, { cacheMiddleware: true }),
};

/** Display names, in table order. */
export const LABELS = {
  bare: "bare GET + JSON.parse",
  ours: "ours (GetAudienceModel)",
  before: "ours before (GetAudienceModel)",
  aws: "AWS default (GetCollaboration)",
  awsCache: "AWS cacheMiddleware: true",
};
