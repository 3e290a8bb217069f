#!/usr/bin/env node
// `npm run demo`: one real GetAudienceModel round trip through the generated client, a waiter that polls an
// audience model until training finishes, and a modeled error caught by its class.
//
//   npm run demo                                  local endpoint on 127.0.0.1, fixed demo credentials, signatures verified
//   npm run demo -- --endpoint URL --region R --arn ARN
//                                                 the same calls against URL, with credentials from the default chain
import { parseArgs } from "node:util";
import {
  AudienceModelStatus,
  CleanRoomsMLClient,
  CleanRoomsMLServiceException,
  GetAudienceModelCommand,
  ResourceNotFoundException,
  waitUntilAudienceModelActive,
} from "@cleanroomsml-sdk/client-cleanroomsml";
import { startLocalEndpoint } from "@cleanroomsml-sdk/local-endpoint";

const USAGE = `usage: npm run demo [-- --endpoint URL --region REGION --arn AUDIENCE_MODEL_ARN [--max-wait SECONDS]]`;

function options() {
  const { values } = parseArgs({
    options: {
      endpoint: { type: "string" },
      region: { type: "string" },
      arn: { type: "string" },
      "max-wait": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const remote = values.endpoint !== undefined;
  if (remote && (!values.region || !values.arn)) throw new UsageError("--endpoint needs --region and --arn as well");
  if (!remote && (values.region || values.arn)) throw new UsageError("--region and --arn go with --endpoint");
  if (remote) {
    try { new URL(values.endpoint); } catch { throw new UsageError(`--endpoint ${values.endpoint} is not a URL`); }
  }
  const maxWait = values["max-wait"] === undefined ? (remote ? 60 : 20) : Number(values["max-wait"]);
  if (!(maxWait > 0)) throw new UsageError("--max-wait must be a positive number of seconds");
  return { remote, endpoint: values.endpoint, region: values.region, arn: values.arn, maxWait };
}

class UsageError extends Error {}

// Demo-only identifiers: the local endpoint accepts exactly this key pair.
const LOCAL = {
  region: "us-east-1",
  credentials: { accessKeyId: "AKIDLOCALDEMO", secretAccessKey: "local-demo-secret-not-a-real-key" },
  account: "123456789012",
};
const localArn = (id) => `arn:aws:cleanrooms-ml:${LOCAL.region}:${LOCAL.account}:audience-model/${id}`;

async function startLocal() {
  const trainingDatasetArn = `arn:aws:cleanrooms-ml:${LOCAL.region}:${LOCAL.account}:training-dataset/web-visits-2026`;
  const endpoint = await startLocalEndpoint({
    sigv4: { credentials: [LOCAL.credentials], region: LOCAL.region },
    audienceModels: [
      {
        audienceModelArn: localArn("spring-lookalikes"),
        name: "spring-lookalikes",
        trainingDatasetArn,
        createTime: new Date("2026-03-01T10:00:00Z"),
        updateTime: new Date("2026-03-01T10:42:17Z"),
        trainingDataStartTime: new Date("2026-01-01T00:00:00Z"),
        trainingDataEndTime: new Date("2026-02-28T23:59:59Z"),
        description: "Lookalikes of spring campaign converters",
        tags: { team: "growth", "cost-center": "42" },
        statuses: ["CREATE_IN_PROGRESS"],
      },
      {
        // Training that finishes about two seconds after the first poll.
        audienceModelArn: localArn("summer-lookalikes"),
        name: "summer-lookalikes",
        trainingDatasetArn,
        tags: { team: "growth" },
        statuses: ["CREATE_PENDING", "CREATE_IN_PROGRESS", "ACTIVE"],
        advance: { everyMs: 1000 },
      },
    ],
  });
  return {
    endpoint,
    clientConfig: { region: LOCAL.region, endpoint: endpoint.endpoint, credentials: LOCAL.credentials },
    readArn: localArn("spring-lookalikes"),
    waitArn: localArn("summer-lookalikes"),
    // Short delays so the demo finishes in seconds; the model's defaults (30 s to 5 min) suit real training.
    waiter: { minDelay: 0.5, maxDelay: 1 },
  };
}

function describeModel(m) {
  const date = (d) => (d ? d.toISOString() : "-");
  console.log(`  name           ${m.name}`);
  console.log(`  status         ${m.status}${m.statusDetails?.message ? ` (${m.statusDetails.message})` : ""}`);
  console.log(`  createTime     ${date(m.createTime)}   (a ${m.createTime.constructor.name})`);
  console.log(`  updateTime     ${date(m.updateTime)}`);
  console.log(`  training data  ${date(m.trainingDataStartTime)} .. ${date(m.trainingDataEndTime)}`);
  console.log(`  tags           ${JSON.stringify(m.tags ?? {})}`);
  console.log(`  requestId      ${m.$metadata.requestId} (HTTP ${m.$metadata.httpStatusCode}, attempts: ${m.$metadata.attempts})`);
}

async function main() {
  const opts = options();
  const setup = opts.remote
    ? {
        // No credentials given: the client resolves them from the default provider chain.
        clientConfig: { region: opts.region, endpoint: opts.endpoint },
        readArn: opts.arn,
        waitArn: opts.arn,
        waiter: {},
      }
    : await startLocal();
  const target = opts.remote ? opts.endpoint : `local endpoint ${setup.endpoint.endpoint} (SigV4 verified)`;
  const client = new CleanRoomsMLClient(setup.clientConfig);

  try {
    console.log(`1. GetAudienceModel against ${target}`);
    const model = await client.send(new GetAudienceModelCommand({ audienceModelArn: setup.readArn }));
    describeModel(model);

    console.log(`\n2. waitUntilAudienceModelActive(${setup.waitArn})`);
    // Log each poll's status: a middleware sees every attempt the waiter makes.
    client.middlewareStack.add(
      (next) => async (args) => {
        const result = await next(args);
        console.log(`  poll: ${result.output.status}`);
        return result;
      },
      { step: "initialize", name: "demoPollLogger" },
    );
    const started = Date.now();
    const waited = await waitUntilAudienceModelActive(
      { client, maxWaitTime: opts.maxWait, ...setup.waiter },
      { audienceModelArn: setup.waitArn },
    );
    client.middlewareStack.remove("demoPollLogger");
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`  waiter ${waited.state} after ${seconds} s: status ${waited.reason.status}`);
    if (waited.reason.status !== AudienceModelStatus.ACTIVE) throw new Error("waiter reported success without ACTIVE");

    console.log(`\n3. A modeled error`);
    const missing = setup.readArn.replace(/audience-model\/.*$/, `audience-model/no-such-model-${Date.now()}`);
    try {
      await client.send(new GetAudienceModelCommand({ audienceModelArn: missing }));
      throw new Error(`expected ResourceNotFoundException for ${missing}`);
    } catch (err) {
      if (!(err instanceof ResourceNotFoundException)) throw err;
      console.log(`  ${err.name} (instanceof ResourceNotFoundException: true, of CleanRoomsMLServiceException: ${err instanceof CleanRoomsMLServiceException})`);
      console.log(`  HTTP ${err.$metadata.httpStatusCode}, fault ${err.$fault}, requestId ${err.$metadata.requestId}`);
      console.log(`  message: ${err.message}`);
    }
    console.log(`\ndemo finished`);
  } finally {
    client.destroy();
    await setup.endpoint?.close();
  }
}

main().catch((err) => {
  if (err instanceof UsageError) {
    console.error(`${err.message}\n${USAGE}`);
    process.exit(2);
  }
  console.error(`demo failed: ${err?.name ?? "Error"}: ${err?.message ?? err}`);
  process.exit(1);
});
