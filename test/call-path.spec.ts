// The per-call defaults (callPath feature: cached middleware per command class, a fixed-shape config, one SigV4 signer
// per client) change what a call costs and nothing of what it does. Each case here would break under the stock
// `cacheMiddleware: true` or a naive config copy. Runs on both builds, through an in-memory request handler that
// answers each request with the ARN it was sent (nothing leaves the process). The wire bytes themselves are
// golden-wire.spec.ts's.
import { HttpResponse, type HttpRequest } from "@smithy/protocol-http";
import { SignatureV4 } from "@smithy/signature-v4";
import { setFlagsFromString } from "node:v8";
import { builds } from "./support/builds";
import { TEST_CREDENTIALS, TEST_REGION } from "./support/credentials";

setFlagsFromString("--allow-natives-syntax");
const hasFastProperties = new Function("o", "return %HasFastProperties(o)") as (o: object) => boolean;

const arn = (name: string) => `arn:aws:cleanrooms-ml:us-east-1:123456789012:audience-model/${name}`;

/** Answers every GetAudienceModel with a model named after the ARN in the path, after `delayMs(arn)`. */
function echoHandler(delayMs: (arn: string) => number = () => 0) {
  const requests: HttpRequest[] = [];
  return {
    requests,
    metadata: { handlerProtocol: "http/1.1" },
    async handle(request: HttpRequest, options?: { abortSignal?: { aborted: boolean } }) {
      if (options?.abortSignal?.aborted) throw Object.assign(new Error("Request aborted"), { name: "AbortError" });
      requests.push(request);
      const sent = decodeURIComponent(request.path.slice("/audience-model/".length));
      await new Promise((r) => setTimeout(r, delayMs(sent)));
      const body = JSON.stringify({
        audienceModelArn: sent,
        name: sent.split("/").pop(),
        status: "ACTIVE",
        createTime: "2026-03-01T10:00:00Z",
        updateTime: "2026-03-01T10:00:00Z",
        trainingDatasetArn: "arn:aws:cleanrooms-ml:us-east-1:123456789012:training-dataset/td",
      });
      return { response: new HttpResponse({ statusCode: 200, headers: { "content-type": "application/json", "x-amzn-requestid": `req-${sent.split("/").pop()}` }, body: new TextEncoder().encode(body) }) };
    },
    updateHttpClientConfig() {},
    httpHandlerConfigs: () => ({}),
    destroy() {},
  };
}

describe.each(builds)("call path (%s)", (_name, load) => {
  const sdk = load();
  type Client = InstanceType<typeof sdk.CleanRoomsMLClient>;
  const newClient = (extra: Record<string, unknown> = {}) => {
    const handler = echoHandler(extra.delayMs as ((arn: string) => number) | undefined);
    const { delayMs: _unused, ...options } = extra;
    const client = new sdk.CleanRoomsMLClient({ region: TEST_REGION, credentials: TEST_CREDENTIALS, requestHandler: handler, ...options });
    return { client, handler };
  };
  const send = (client: Client, name: string, options?: Record<string, unknown>) =>
    client.send(new sdk.GetAudienceModelCommand({ audienceModelArn: arn(name) }), options as never);
  /** Counts full resolutions of the command's middleware while `body` runs. */
  async function resolutions(body: () => Promise<void>): Promise<number> {
    const spy = jest.spyOn(sdk.GetAudienceModelCommand.prototype, "resolveMiddleware");
    try {
      await body();
      return spy.mock.calls.length;
    } finally {
      spy.mockRestore();
    }
  }

  it("is on by default: after two calls a command class is not resolved again", async () => {
    const { client } = newClient();
    expect(client.config.cacheMiddleware).toBe(true);
    expect(await resolutions(async () => { for (let i = 0; i < 6; i++) await send(client, `m${i}`); })).toBe(2);
  });

  it("cacheMiddleware: false resolves every call, as the stock client does", async () => {
    const { client } = newClient({ cacheMiddleware: false });
    expect(await resolutions(async () => { for (let i = 0; i < 4; i++) await send(client, `m${i}`); })).toBe(4);
  });

  it("middleware added to one command runs for that command, and not for later commands of the class", async () => {
    const { client } = newClient();
    for (let i = 0; i < 3; i++) await send(client, "warm");
    const ran: string[] = [];
    const marked = new sdk.GetAudienceModelCommand({ audienceModelArn: arn("marked") });
    marked.middlewareStack.add((next) => async (args) => {
      ran.push((args.input as { audienceModelArn: string }).audienceModelArn);
      return next(args);
    }, { step: "initialize", name: "perCommand" });
    expect((await client.send(marked)).name).toBe("marked");
    for (let i = 0; i < 3; i++) expect((await send(client, `later-${i}`)).name).toBe(`later-${i}`);
    expect(ran).toEqual([arn("marked")]);
  });

  it("client middleware added after the first calls runs, and stops running once removed", async () => {
    const { client, handler } = newClient();
    for (let i = 0; i < 3; i++) await send(client, "warm");
    client.middlewareStack.add((next) => async (args) => {
      (args.request as HttpRequest).headers["x-late"] = "yes";
      return next(args);
    }, { step: "build", name: "lateMiddleware" });
    await send(client, "with-late");
    await send(client, "with-late-again");
    client.middlewareStack.remove("lateMiddleware");
    await send(client, "without");
    expect(handler.requests.slice(3).map((r) => r.headers["x-late"])).toEqual(["yes", "yes", undefined]);
  });

  it("concurrent calls with different inputs each get their own output, context and logs", async () => {
    const logs: Array<Record<string, any>> = [];
    const logger = { debug() {}, info: (entry: Record<string, any>) => logs.push(entry), warn() {}, error() {} };
    // Later calls answer sooner, so the calls finish in another order than they started.
    const { client } = newClient({ logger, delayMs: (sent: string) => 40 - Number(sent.split("-").pop()) * 3 });
    for (let i = 0; i < 2; i++) await send(client, "warm-0");
    logs.length = 0;
    const contexts = new Map<string, Record<string, any>>();
    client.middlewareStack.add((next, context) => async (args) => {
      contexts.set((args.input as { audienceModelArn: string }).audienceModelArn, context);
      const out = await next(args);
      // The context this call started with is still its own after everything in between.
      expect(context.__smithy_context.commandInstance.input).toBe(args.input);
      return out;
    }, { step: "initialize", name: "contextProbe" });
    const names = Array.from({ length: 12 }, (_, i) => `concurrent-${i}`);
    const outputs = await Promise.all(names.map((n) => send(client, n)));
    expect(outputs.map((o) => o.name)).toEqual(names);
    expect(outputs.map((o) => o.$metadata.requestId)).toEqual(names.map((n) => `req-${n}`));
    expect(new Set(contexts.values()).size).toBe(names.length);
    for (const n of names) expect(contexts.get(arn(n))?.__smithy_context.commandInstance.input.audienceModelArn).toBe(arn(n));
    const logged = logs.filter((l) => l.commandName === "GetAudienceModelCommand");
    expect(logged).toHaveLength(names.length);
    for (const entry of logged) expect(entry.output.name).toBe(entry.input.audienceModelArn.split("/").pop());
  });

  it("send(command, { abortSignal }) works, an aborted one rejects, and plain sends are back on the cached path one call later", async () => {
    const { client } = newClient();
    for (let i = 0; i < 3; i++) await send(client, "warm");
    expect((await send(client, "with-signal", { abortSignal: new AbortController().signal })).name).toBe("with-signal");
    const aborted = new AbortController();
    aborted.abort();
    await expect(send(client, "aborted", { abortSignal: aborted.signal })).rejects.toMatchObject({ name: "AbortError" });
    expect(await resolutions(async () => {
      await send(client, "first-plain");
    })).toBe(1);
    expect(await resolutions(async () => { for (let i = 0; i < 5; i++) await send(client, `plain-${i}`); })).toBe(0);
  });

  it("the client's config has a fixed shape and the same values the resolvers produced", () => {
    const { client } = newClient({ maxAttempts: 4, logger: console });
    expect(hasFastProperties(client.config)).toBe(true);
    // initConfig is the object the resolvers filled in; config is its copy (the runtime extensions then reassign
    // properties the copy already has). Two plugins then wrap, on the client's config, what they always wrapped: the
    // request handler (deadlines) and the retry strategy provider (retry outcome).
    const before = client.initConfig as Record<string, unknown>;
    expect(hasFastProperties(before)).toBe(false);
    expect(Object.keys(client.config)).toEqual(Object.keys(before));
    const wrappedByPlugins = ["requestHandler", "retryStrategy"];
    for (const key of Object.keys(before).filter((k) => !wrappedByPlugins.includes(k))) {
      expect([key, (client.config as Record<string, unknown>)[key]]).toEqual([key, before[key]]);
    }
    expect(typeof Object.getOwnPropertyDescriptor(client.config, "credentials")?.set).toBe("function");
  });

  it("signs with one SignatureV4 per client until the credentials are replaced", async () => {
    const { client, handler } = newClient();
    const scheme = { name: "sigv4", signingName: "cleanrooms-ml", signingRegion: TEST_REGION, properties: {} };
    const signer = client.config.signer as unknown as (s: typeof scheme) => Promise<unknown>;
    const first = await signer(scheme);
    expect(first).toBeInstanceOf(SignatureV4);
    expect(await signer(scheme)).toBe(first);
    client.config.credentials = { accessKeyId: "AKIDREPLACEDCALLPATH", secretAccessKey: "s" } as never;
    expect(await signer(scheme)).not.toBe(first);
    await send(client, "replaced");
    expect(handler.requests[0].headers.authorization).toContain("Credential=AKIDREPLACEDCALLPATH/");
  });

  it("leaves a signer the user passed alone", async () => {
    const calls: unknown[] = [];
    const own = new SignatureV4({ credentials: TEST_CREDENTIALS, region: TEST_REGION, service: "cleanrooms-ml", sha256: (await import("@aws-crypto/sha256-js")).Sha256 });
    const { client } = newClient({ signer: async (scheme: unknown) => (calls.push(scheme), own) });
    expect((await send(client, "own-signer")).name).toBe("own-signer");
    expect(calls).toHaveLength(1);
  });
});
