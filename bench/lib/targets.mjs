// The three things measured per call, each returning { call, close } for a given endpoint:
//   bare - node:http GET over a keep-alive agent + JSON.parse: the floor any HTTP+JSON client sits on
//   ours - @cleanroomsml-sdk/client-cleanroomsml GetAudienceModel (CJS entry, as `require` users load it)
//   aws  - @aws-sdk/client-cleanrooms GetCollaboration (CJS entry), AWS's generated sibling client
import { Agent, get } from "node:http";
import { createRequire } from "node:module";
import { AUDIENCE_MODEL_ARN, COLLABORATION_ID, CREDENTIALS, REGION } from "./fixtures.mjs";

const require = createRequire(import.meta.url);

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

  ours(endpoint) {
    const sdk = require("@cleanroomsml-sdk/client-cleanroomsml");
    const client = new sdk.CleanRoomsMLClient({ region: REGION, endpoint, credentials: CREDENTIALS });
    const input = { audienceModelArn: AUDIENCE_MODEL_ARN };
    return {
      call: () => client.send(new sdk.GetAudienceModelCommand(input)),
      close: () => client.destroy(),
      check: (out) => out.status === "ACTIVE" && out.createTime instanceof Date,
    };
  },

  aws(endpoint) {
    const sdk = require("@aws-sdk/client-cleanrooms");
    const client = new sdk.CleanRoomsClient({ region: REGION, endpoint, credentials: CREDENTIALS });
    const input = { collaborationIdentifier: COLLABORATION_ID };
    return {
      call: () => client.send(new sdk.GetCollaborationCommand(input)),
      close: () => client.destroy(),
      check: (out) => out.collaboration?.memberStatus === "ACTIVE" && out.collaboration.createTime instanceof Date,
    };
  },
};
