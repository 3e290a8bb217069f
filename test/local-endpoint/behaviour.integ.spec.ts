// The local endpoint's behaviour beyond single answers: throttling cadence, scripted status progressions
// (per read and by time), deletion ending in 404, fixtures as JSON, start-up checks on its options, its own
// /_health and /_reset routes, and the HTTP details browsers and SDKs rely on (request ids, CORS preflight,
// unknown routes, the Date header a skewed client corrects its clock from).
import { DELETED, isLoopbackHost, startLocalEndpoint, type AudienceModelFixture, type LocalEndpoint } from "@cleanroomsml-sdk/local-endpoint";
import { builds } from "../support/builds";
import { TEST_CREDENTIALS } from "../support/credentials";
import { arnOf, KNOWN_ARN, REGION } from "./vectors";

const sdk = builds[0][1]();
const DATASET = `arn:aws:cleanrooms-ml:${REGION}:123456789012:training-dataset/ds-1`;
const fixture = (id: string, extra: Partial<AudienceModelFixture> = {}): AudienceModelFixture => ({
  audienceModelArn: arnOf(id), name: id, trainingDatasetArn: DATASET, ...extra,
});

const open: LocalEndpoint[] = [];
async function start(...args: Parameters<typeof startLocalEndpoint>): Promise<LocalEndpoint> {
  const e = await startLocalEndpoint(...args);
  open.push(e);
  return e;
}
afterEach(async () => {
  await Promise.all(open.splice(0).map((e) => e.close()));
});

const clientFor = (e: LocalEndpoint, extra: Record<string, unknown> = {}) =>
  new sdk.CleanRoomsMLClient({ region: REGION, credentials: TEST_CREDENTIALS, endpoint: e.endpoint, ...extra });
const read = (client: InstanceType<typeof sdk.CleanRoomsMLClient>, id: string) =>
  client.send(new sdk.GetAudienceModelCommand({ audienceModelArn: arnOf(id) }));

describe("throttling", () => {
  it("answers every Nth call with ThrottlingException 429 and the others normally", async () => {
    const e = await start({ throttle: { everyNth: 3 }, audienceModels: [fixture("m")] });
    const client = clientFor(e, { maxAttempts: 1 });
    const outcomes: string[] = [];
    for (let i = 0; i < 6; i++) {
      outcomes.push(await read(client, "m").then((o) => o.status as string, (err: Error) => err.name));
    }
    client.destroy();
    expect(outcomes).toEqual(["ACTIVE", "ACTIVE", "ThrottlingException", "ACTIVE", "ACTIVE", "ThrottlingException"]);
    expect(e.served.filter((s) => s.status === 429).map((s) => s.errorType)).toEqual(["ThrottlingException", "ThrottlingException"]);
  });

  it("is retried by the client's standard retry strategy, which reports two attempts", async () => {
    const e = await start({ throttle: { everyNth: 2 }, audienceModels: [fixture("m")] });
    const client = clientFor(e);
    await read(client, "m");
    const second = await read(client, "m");
    client.destroy();
    expect(second.$metadata.attempts).toBe(2);
    expect(e.served.map((s) => s.status)).toEqual([200, 429, 200]);
  });
});

describe("status scripts", () => {
  it("advances one step per read and then repeats the last status, stamping updateTime at each change", async () => {
    let clock = Date.UTC(2026, 5, 1, 12, 0, 0);
    const e = await start({
      now: () => clock,
      audienceModels: [fixture("train", { statuses: ["CREATE_PENDING", "CREATE_IN_PROGRESS", "ACTIVE"], createTime: new Date(Date.UTC(2026, 5, 1)) })],
    });
    const client = clientFor(e);
    const seen: Array<[string | undefined, string | undefined]> = [];
    for (let i = 0; i < 4; i++) {
      const out = await read(client, "train");
      seen.push([out.status, out.updateTime?.toISOString()]);
      clock += 60_000;
    }
    client.destroy();
    expect(seen).toEqual([
      ["CREATE_PENDING", "2026-06-01T00:00:00.000Z"],
      ["CREATE_IN_PROGRESS", "2026-06-01T12:01:00.000Z"],
      ["ACTIVE", "2026-06-01T12:02:00.000Z"],
      ["ACTIVE", "2026-06-01T12:02:00.000Z"],
    ]);
  });

  it("advances by elapsed time from the first read when given everyMs", async () => {
    let clock = 1_000_000;
    const e = await start({
      now: () => clock,
      audienceModels: [fixture("timed", { statuses: ["CREATE_PENDING", "CREATE_IN_PROGRESS", "ACTIVE"], advance: { everyMs: 1000 } })],
    });
    const client = clientFor(e);
    const at = async (t: number) => {
      clock = 1_000_000 + t;
      return (await read(client, "timed")).status;
    };
    expect([await at(0), await at(400), await at(999), await at(1000), await at(2500), await at(60_000)]).toEqual([
      "CREATE_PENDING", "CREATE_PENDING", "CREATE_PENDING", "CREATE_IN_PROGRESS", "ACTIVE", "ACTIVE",
    ]);
    client.destroy();
  });

  it("ends a deletion in ResourceNotFoundException 404 at the DELETED step", async () => {
    const e = await start({ audienceModels: [fixture("del", { statuses: ["ACTIVE", "DELETE_PENDING", "DELETE_IN_PROGRESS", DELETED] })] });
    const client = clientFor(e);
    const seen: string[] = [];
    for (let i = 0; i < 5; i++) seen.push(await read(client, "del").then((o) => o.status as string, (err: Error) => err.name));
    client.destroy();
    expect(seen).toEqual(["ACTIVE", "DELETE_PENDING", "DELETE_IN_PROGRESS", "ResourceNotFoundException", "ResourceNotFoundException"]);
  });

  it("does not advance on reads the endpoint refused before reaching the model", async () => {
    const e = await start({ throttle: { everyNth: 2 }, audienceModels: [fixture("slow", { statuses: ["CREATE_PENDING", "ACTIVE"] })] });
    const client = clientFor(e, { maxAttempts: 1 });
    const first = await read(client, "slow");
    await expect(read(client, "slow")).rejects.toBeInstanceOf(sdk.ThrottlingException);
    const third = await read(client, "slow");
    client.destroy();
    expect([first.status, third.status]).toEqual(["CREATE_PENDING", "ACTIVE"]);
  });

  it("serves every optional field of a fixture with its modeled type", async () => {
    const e = await start({
      audienceModels: [fixture("full", {
        statuses: ["CREATE_FAILED"],
        statusDetails: { statusCode: "TRAINING_DATA_TOO_SMALL", message: "need more rows" },
        trainingDataStartTime: new Date("2026-01-01T00:00:00Z"),
        trainingDataEndTime: new Date("2026-02-01T00:00:00Z"),
        kmsKeyArn: "arn:aws:kms:us-east-1:123456789012:key/abcd",
        tags: { a: "1", empty: "" },
        description: "",
      })],
    });
    const client = clientFor(e);
    const out = await read(client, "full");
    client.destroy();
    expect(out).toMatchObject({
      status: "CREATE_FAILED",
      statusDetails: { statusCode: "TRAINING_DATA_TOO_SMALL", message: "need more rows" },
      kmsKeyArn: "arn:aws:kms:us-east-1:123456789012:key/abcd",
      tags: { a: "1", empty: "" },
      description: "",
    });
    expect(out.trainingDataEndTime).toEqual(new Date("2026-02-01T00:00:00Z"));
  });
});

describe("start-up checks", () => {
  it.each([
    ["a fixture ARN outside the model's pattern", { audienceModels: [fixture("x", { audienceModelArn: "arn:aws:s3:::bucket/with-a-long-name" })] }, /audienceModels\[0\]\.audienceModelArn.*must match the pattern/],
    ["a status the model does not define", { audienceModels: [fixture("x", { statuses: ["TRAINING" as never] })] }, /"TRAINING" is not one of CREATE_PENDING/],
    ["an empty status script", { audienceModels: [fixture("x", { statuses: [] })] }, /at least one status/],
    ["the same ARN twice", { audienceModels: [fixture("x"), fixture("x")] }, /listed twice/],
    ["a zero throttle cadence", { throttle: { everyNth: 0 } }, /everyNth must be an integer of at least 1/],
    ["sigv4 without credentials", { sigv4: { credentials: [] } }, /at least one accepted key pair/],
    ["a key a fixture does not know (a typo)", { audienceModels: [{ ...fixture("x"), createdTime: "2026-03-01T10:00:00Z" } as never] }, /has "createdTime", which a fixture does not know; it may have audienceModelArn, name/],
    ["a time string without a zone", { audienceModels: [fixture("x", { createTime: "2026-03-01T10:00:00" })] }, /createTime \("2026-03-01T10:00:00"\) is not an ISO-8601 date-time with a zone/],
    ["a date that is not in the calendar", { audienceModels: [fixture("x", { updateTime: "2026-02-30T10:00:00Z" })] }, /updateTime \("2026-02-30T10:00:00Z"\) is not a real calendar date/],
    ["a time finer than a millisecond", { audienceModels: [fixture("x", { createTime: "2026-03-01T10:00:00.1234Z" })] }, /more precision than a millisecond/],
    ["a time that is neither a Date nor a string", { audienceModels: [fixture("x", { createTime: 1772359200000 as never })] }, /createTime must be a Date or an ISO-8601 date-time string/],
    ["tags that are not strings", { audienceModels: [fixture("x", { tags: { n: 1 } as never })] }, /tags must be an object whose values are strings/],
    ["a non-positive time step", { audienceModels: [fixture("x", { advance: { everyMs: 0 } })] }, /advance must be "per-read" or \{ "everyMs": N \} with N a positive number/],
  ])("refuses %s with a TypeError", async (_what, options, message) => {
    const failed = await startLocalEndpoint(options).then(
      (e) => { open.push(e); return undefined; },
      (err: unknown) => err,
    );
    expect(failed).toBeInstanceOf(TypeError);
    expect((failed as Error).message).toMatch(message);
  });
});

describe("fixtures as JSON", () => {
  it("serves times given as ISO-8601 strings (zones, fractions) exactly as the instants they name", async () => {
    const json = JSON.parse(JSON.stringify([{
      audienceModelArn: arnOf("from-json"), name: "from-json", trainingDatasetArn: DATASET,
      createTime: "2026-03-01T10:00:00.125Z",
      updateTime: "2026-03-01T12:30:00.5+02:00",
      trainingDataStartTime: "2026-01-01T00:00:00.000000Z",
      trainingDataEndTime: "2026-02-28t23:59:59z",
      statuses: ["CREATE_IN_PROGRESS", "ACTIVE"],
      tags: { team: "growth" },
    }]));
    const e = await start({ audienceModels: json });
    const res = await fetch(`${e.endpoint}/audience-model/${encodeURIComponent(arnOf("from-json"))}`);
    expect(await res.json()).toMatchObject({
      createTime: "2026-03-01T10:00:00.125Z",
      updateTime: "2026-03-01T10:30:00.500Z",
      trainingDataStartTime: "2026-01-01T00:00:00.000Z",
      trainingDataEndTime: "2026-02-28T23:59:59.000Z",
      status: "CREATE_IN_PROGRESS",
      tags: { team: "growth" },
    });
    const client = clientFor(e);
    const out = await read(client, "from-json");
    client.destroy();
    expect([out.status, out.createTime?.getTime()]).toEqual(["ACTIVE", Date.UTC(2026, 2, 1, 10, 0, 0, 125)]);
  });

  it("treats a Date and the same instant as a string alike", async () => {
    const e = await start({ audienceModels: [fixture("d", { createTime: new Date("2026-03-01T10:00:00.125Z") }), fixture("s", { createTime: "2026-03-01T11:00:00.125+01:00" })] });
    const bodies = await Promise.all(["d", "s"].map(async (id) => (await fetch(`${e.endpoint}/audience-model/${encodeURIComponent(arnOf(id))}`)).json()));
    expect(bodies.map((b) => b.createTime)).toEqual(["2026-03-01T10:00:00.125Z", "2026-03-01T10:00:00.125Z"]);
  });
});

describe("control routes", () => {
  it("GET /_health answers 200 with the version and the number of models, unsigned even when SigV4 is on", async () => {
    const e = await start({ sigv4: { credentials: [TEST_CREDENTIALS] }, audienceModels: [fixture("a"), fixture("b")] });
    const res = await fetch(`${e.endpoint}/_health`);
    expect(res.status).toBe(200);
    expect(res.headers.get("x-amzn-requestid")).toMatch(/^[0-9a-f-]{36}$/);
    const { version } = require("@cleanroomsml-sdk/local-endpoint/package.json");
    expect(await res.json()).toEqual({ status: "ok", service: "cleanrooms-ml", version, audienceModels: 2, pid: process.pid });
  });

  it("POST /_reset restarts every status script and the throttling count; reset() does the same", async () => {
    const e = await start({ throttle: { everyNth: 3 }, audienceModels: [fixture("a", { statuses: ["CREATE_PENDING", "ACTIVE"] }), fixture("b", { statuses: ["ACTIVE", DELETED] })] });
    const client = clientFor(e, { maxAttempts: 1 });
    const round = async () => [
      await read(client, "a").then((o) => o.status as string, (err: Error) => err.name),
      await read(client, "b").then((o) => o.status as string, (err: Error) => err.name),
    ];
    const first = await round();
    const second = await round();
    const reset = await fetch(`${e.endpoint}/_reset`, { method: "POST" });
    expect([reset.status, await reset.json()]).toEqual([200, { reset: true, audienceModels: 2 }]);
    const afterHttpReset = await round();
    e.reset();
    const afterLibraryReset = await round();
    client.destroy();
    expect(first).toEqual(["CREATE_PENDING", "ACTIVE"]);
    // the third call is throttled; b's script did not advance on it
    expect(second).toEqual(["ThrottlingException", "ResourceNotFoundException"]);
    expect(afterHttpReset).toEqual(["CREATE_PENDING", "ACTIVE"]);
    expect(afterLibraryReset).toEqual(["CREATE_PENDING", "ACTIVE"]);
  });

  it("answers the wrong method on a control route with 405 and an Allow header, and leaves the scripts alone", async () => {
    const e = await start({ audienceModels: [fixture("a", { statuses: ["CREATE_PENDING", "ACTIVE"] })] });
    await fetch(`${e.endpoint}/audience-model/${encodeURIComponent(arnOf("a"))}`);
    const wrong = [await fetch(`${e.endpoint}/_reset`), await fetch(`${e.endpoint}/_health`, { method: "POST" })];
    expect(wrong.map((r) => [r.status, r.headers.get("allow")])).toEqual([[405, "POST"], [405, "GET"]]);
    const res = await fetch(`${e.endpoint}/audience-model/${encodeURIComponent(arnOf("a"))}`);
    expect((await res.json()).status).toBe("ACTIVE");
  });
});

describe("HTTP details", () => {
  it("gives every response its own x-amzn-requestid, errors and successes alike", async () => {
    const e = await start({ audienceModels: [fixture("m")] });
    const urls = [`/audience-model/${encodeURIComponent(arnOf("m"))}`, `/audience-model/${encodeURIComponent(arnOf("nope"))}`, "/audience-model/short", "/no/such/route"];
    const statuses: number[] = [];
    const ids = new Set<string>();
    for (const u of urls) {
      const res = await fetch(e.endpoint + u);
      await res.arrayBuffer();
      statuses.push(res.status);
      ids.add(String(res.headers.get("x-amzn-requestid")));
    }
    expect(statuses).toEqual([200, 404, 400, 404]);
    expect(ids.size).toBe(urls.length);
    expect(e.served.map((s) => s.requestId)).toEqual([...ids]);
  });

  it("accepts unsigned requests when SigV4 verification is off", async () => {
    const e = await start({ audienceModels: [fixture("m")] });
    const res = await fetch(`${e.endpoint}/audience-model/${encodeURIComponent(arnOf("m"))}`);
    expect(res.status).toBe(200);
    expect((await res.json()).status).toBe("ACTIVE");
  });

  it("answers an unknown route or method with a non-modeled 404, which the client raises as a service error", async () => {
    const e = await start({ audienceModels: [fixture("m")] });
    const post = await fetch(`${e.endpoint}/audience-model/${encodeURIComponent(KNOWN_ARN)}`, { method: "POST" });
    expect([post.status, post.headers.get("x-amzn-errortype")]).toEqual([404, "UnknownOperationException"]);
    const client = new sdk.CleanRoomsMLClient({ region: REGION, credentials: TEST_CREDENTIALS, endpoint: `${e.endpoint}/prefix` });
    const err = await read(client, "m").then(() => undefined, (x: unknown) => x);
    client.destroy();
    expect(err).toBeInstanceOf(sdk.CleanRoomsMLServiceException);
    expect((err as Error).name).toBe("UnknownOperationException");
  });

  it("answers a CORS preflight with what the model's @cors trait allows", async () => {
    const e = await start({});
    const res = await fetch(`${e.endpoint}/audience-model/x`, {
      method: "OPTIONS",
      headers: { origin: "http://example.test", "access-control-request-method": "GET", "access-control-request-headers": "authorization,x-amz-date" },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-methods")).toBe("GET");
    expect(res.headers.get("access-control-allow-headers")).toBe("authorization,x-amz-date");
    expect(res.headers.get("access-control-max-age")).toBe("86400");
    const get = await fetch(`${e.endpoint}/audience-model/x`, { headers: { origin: "http://example.test" } });
    expect(get.headers.get("access-control-expose-headers")).toBe("x-amzn-errortype,x-amzn-requestid,x-amzn-trace-id");
  });

  it("stamps answers with a Date header, from which a client with a skewed clock corrects itself on the retry", async () => {
    const e = await start({ sigv4: { credentials: [TEST_CREDENTIALS], region: REGION }, audienceModels: [fixture("m")] });
    const client = clientFor(e, { systemClockOffset: -20 * 60_000 });
    const out = await read(client, "m");
    client.destroy();
    expect(out.$metadata.attempts).toBe(2);
    expect(e.served.map((s) => [s.status, s.errorType])).toEqual([[403, "InvalidSignatureException"], [200, undefined]]);
  });

  it("listens where host says, with the host in its endpoint URL", async () => {
    const e = await start({ host: "127.0.0.2" });
    expect([e.host, e.endpoint]).toEqual(["127.0.0.2", `http://127.0.0.2:${e.port}`]);
    expect((await fetch(`${e.endpoint}/_health`)).status).toBe(200);
  });

  it("writes an IPv6 host in brackets in its endpoint URL", async () => {
    const e = await start({ host: "::1" });
    expect(e.endpoint).toBe(`http://[::1]:${e.port}`);
    expect((await fetch(`${e.endpoint}/_health`)).status).toBe(200);
  });

  it.each([
    ["127.0.0.1", true], ["127.10.0.1", true], ["localhost", true], ["::1", true], ["[::1]", true], ["0:0:0:0:0:0:0:1", true], ["::ffff:127.0.0.1", true],
    ["0.0.0.0", false], ["::", false], ["192.168.1.10", false], ["::ffff:10.0.0.1", false], ["example.test", false],
  ])("counts %s as loopback: %s", (host, loopback) => {
    expect(isLoopbackHost(host)).toBe(loopback);
  });

  it("listens on 127.0.0.1 only, on a fresh port each time by default", async () => {
    const [a, b] = [await start({}), await start({})];
    expect(a.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(a.endpoint).not.toBe(b.endpoint);
  });
});
