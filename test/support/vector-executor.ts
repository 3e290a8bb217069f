// Runs one vector against a client module and reports what happened as plain data. It imports nothing from Node, so
// the same code runs in the Node runners and, bundled by esbuild for the browser, inside Chromium; the jest side then
// judges every result with the same assertions (vector-assertions.ts).
import type { CallVector, ClientSetup, EndpointVector, Vector } from "../vectors/types";

type ClientModule = typeof import("@cleanroomsml-sdk/client-cleanroomsml");
type RetryModule = typeof import("@smithy/util-retry");

export interface ExecutorEnv {
  sdk: ClientModule;
  retry: RetryModule;
  /** Builds the transport under test from the vector's requestHandler options (undefined: the runtime's own default). */
  makeRequestHandler(options: ClientSetup["requestHandler"]): unknown;
  /** The handler class this runner means to exercise; each call reports whether the client really used it. */
  handlerClass: abstract new (...args: any[]) => unknown;
  endpoint: string;
  credentials: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  defaultRegion: string;
  /** The process's resident set size in bytes (Node runners); a vector with maxRssGrowthBytes samples it. */
  rssBytes?: () => number;
}

export interface ErrorReport {
  constructorName: string;
  name: string;
  message: string;
  fault?: string;
  metadata?: Record<string, unknown>;
  isTypeError: boolean;
  /** Exported classes of the client package (and built-in error classes) the error is an instance of. */
  instanceOf: string[];
  rawResponse?: { statusCode: number; headers: Record<string, string> };
  /** The hidden $responseBodyText field, when the error keeps the body it could not parse. */
  responseBodyText?: string;
  /** Own enumerable fields, JSON-safe (what a caller sees with Object.keys / JSON.stringify). */
  fields: Record<string, unknown>;
  /** Own enumerable fields as JSON and String(err), for the secret check. */
  dump: string;
}

export interface VectorReport {
  output?: Record<string, unknown>;
  metadata?: Record<string, unknown>;
  error?: ErrorReport;
  /** Endpoint vectors: what the client's resolver returned. */
  endpoint?: { url: string; headers?: Record<string, string[]> };
  logs: string[];
  elapsedMs: number;
  /** Call vectors: whether client.config.requestHandler was an instance of env.handlerClass. */
  handlerUsed?: boolean;
  /** client.config.runtime: "node" from runtimeConfig.ts, "browser" from runtimeConfig.browser.ts. */
  runtime?: string;
  /**
   * Endpoint vectors with a Region: the same parameters set as client config (region, useFipsEndpoint,
   * useDualstackEndpoint, endpoint) and a real send(), whose signed request a capturing handler stops before the network.
   */
  viaClient?: { origin?: string; path?: string; error?: string };
  /** Set when the call had not settled after the watchdog period; the vector then fails with this note. */
  unsettled?: string;
  /** Peak RSS growth over the call, in bytes, when the vector asked for it and the runner can measure it. */
  rssGrowthBytes?: number;
}

const BUILT_IN_ERRORS: Record<string, unknown> = { Error, TypeError, SyntaxError, RangeError };

/** Turns { $undefined: true } markers back into real undefined members. */
function decodeInput(input: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(input)) out[k] = v && typeof v === "object" && (v as any).$undefined === true ? undefined : v;
  return out;
}

/** Dates become { $date } so results can cross into jest as data and still compare by value. */
function encodeValue(v: unknown): unknown {
  if (v instanceof Date) return { $date: Number.isNaN(v.getTime()) ? "Invalid Date" : v.toISOString() };
  if (Array.isArray(v)) return v.map(encodeValue);
  if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, encodeValue(x)]));
  return v;
}

function stringify(x: unknown): string {
  if (typeof x === "string") return x;
  try {
    return JSON.stringify(x, (_k, v) => (typeof v === "bigint" ? String(v) : v)) ?? String(x);
  } catch {
    return String(x);
  }
}

function captureLogger(lines: string[]) {
  const at = (level: string) => (...args: unknown[]) => void lines.push(`${level} ${args.map(stringify).join(" ")}`);
  return { trace: at("trace"), debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") };
}

function reportError(sdk: ClientModule, err: any): ErrorReport {
  const classes = { ...BUILT_IN_ERRORS, ...sdk } as Record<string, unknown>;
  const instanceOf = Object.entries(classes)
    .filter(([, C]) => typeof C === "function" && (C as any).prototype instanceof Error || C === Error)
    .filter(([, C]) => err instanceof (C as any))
    .map(([n]) => n);
  const raw = err?.$response;
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw?.headers ?? {})) headers[k.toLowerCase()] = String(v);
  const enumerable: Record<string, unknown> = {};
  for (const k of Object.keys(err ?? {})) enumerable[k] = err[k];
  return {
    constructorName: err?.constructor?.name ?? typeof err,
    name: String(err?.name),
    message: String(err?.message),
    fault: err?.$fault,
    metadata: err?.$metadata ? { ...err.$metadata } : undefined,
    isTypeError: err instanceof TypeError,
    instanceOf,
    rawResponse: raw && typeof raw.statusCode === "number" ? { statusCode: raw.statusCode, headers } : undefined,
    responseBodyText: typeof err?.$responseBodyText === "string" ? err.$responseBodyText : undefined,
    fields: JSON.parse(stringify(encodeValue(enumerable)) || "{}"),
    dump: `${stringify(enumerable)}\n${String(err)}`,
  };
}

function clientConfig(env: ExecutorEnv, setup: ClientSetup = {}, logs: string[]) {
  const { retry } = env;
  const config: Record<string, unknown> = {
    region: setup.region ?? env.defaultRegion,
    endpoint: env.endpoint,
    credentials: env.credentials,
    logger: captureLogger(logs),
  };
  const handler = env.makeRequestHandler(setup.requestHandler);
  if (handler) config.requestHandler = handler;
  if (setup.maxAttempts !== undefined) config.maxAttempts = setup.maxAttempts;
  if (setup.maxResponseBytes !== undefined) config.maxResponseBytes = setup.maxResponseBytes;
  if (setup.bodyTimeout !== undefined) config.bodyTimeout = setup.bodyTimeout;
  if (setup.headersTimeout !== undefined) config.headersTimeout = setup.headersTimeout;
  if (setup.callTimeout !== undefined) config.callTimeout = setup.callTimeout;
  if (setup.retryMode) config.retryMode = setup.retryMode;
  if (setup.inputValidation !== undefined) config.inputValidation = setup.inputValidation;
  const rs = setup.retryStrategy;
  if (rs?.kind === "configured") config.retryStrategy = new retry.ConfiguredRetryStrategy(rs.maxAttempts, rs.backoffMs);
  else if (rs?.kind === "adaptive") config.retryStrategy = new retry.AdaptiveRetryStrategy(async () => rs.maxAttempts);
  else if (rs?.kind === "standard") config.retryStrategy = new retry.StandardRetryStrategy(rs.maxAttempts);
  // Vectors that do not test retry configuration still get retries, but with a 1 ms backoff to keep the suite fast.
  if (!setup.maxAttempts && !setup.retryMode && !rs) config.retryStrategy = new retry.ConfiguredRetryStrategy(3, 1);
  return config;
}

const WATCHDOG_MS = 5000;

async function executeCall(env: ExecutorEnv, v: CallVector): Promise<VectorReport> {
  const logs: string[] = [];
  const client = new env.sdk.CleanRoomsMLClient(clientConfig(env, v.client, logs) as any);
  const handlerUsed = client.config.requestHandler instanceof env.handlerClass;
  const runtime = String((client.config as any).runtime);
  const abort = new AbortController();
  const rss = v.expect.maxRssGrowthBytes !== undefined ? env.rssBytes : undefined;
  const rssAtStart = rss?.() ?? 0;
  let rssPeak = rssAtStart;
  const sampler = rss ? setInterval(() => (rssPeak = Math.max(rssPeak, rss())), 5) : undefined;
  const rssGrowth = () => (rss ? { rssGrowthBytes: Math.max(rssPeak, rss()) - rssAtStart } : {});
  const started = Date.now();
  const timer = v.abortAfterMs !== undefined ? setTimeout(() => abort.abort(), v.abortAfterMs) : undefined;
  let watchdog: ReturnType<typeof setTimeout> | undefined;
  try {
    const call = client
      .send(new env.sdk.GetAudienceModelCommand(decodeInput(v.input) as any), { abortSignal: abort.signal as any })
      .then((out) => ({ out }), (err) => ({ err }));
    const watchdogMs = v.watchdogMs ?? WATCHDOG_MS;
    const stuck = new Promise<"stuck">((r) => (watchdog = setTimeout(() => r("stuck"), watchdogMs)));
    const settled = await Promise.race([call, stuck]);
    const elapsedMs = Date.now() - started;
    if (settled === "stuck") {
      abort.abort(); // release the socket; the report already says what went wrong
      return { logs, elapsedMs, handlerUsed, unsettled: `the call had not settled after ${watchdogMs} ms`, runtime };
    }
    if ("err" in settled) return { error: reportError(env.sdk, settled.err), logs, elapsedMs, handlerUsed, runtime, ...rssGrowth() };
    const { $metadata, ...output } = settled.out as any;
    return { output: encodeValue(output) as Record<string, unknown>, metadata: { ...$metadata }, logs, elapsedMs, handlerUsed, runtime, ...rssGrowth() };
  } finally {
    clearInterval(sampler);
    clearTimeout(timer);
    clearTimeout(watchdog);
    client.destroy();
  }
}

/** Sends through a client configured from the endpoint parameters; the handler records the request and stops it. */
async function sendWithEndpointParams(env: ExecutorEnv, params: Record<string, any>): Promise<NonNullable<VectorReport["viaClient"]>> {
  const stop = new Error("stopped before the network by the capturing handler");
  let seen: { origin: string; path: string } | undefined;
  const capturingHandler = {
    handle: async (request: any) => {
      seen = { origin: `${request.protocol}//${request.hostname}${request.port ? `:${request.port}` : ""}`, path: request.path };
      throw stop;
    },
    updateHttpClientConfig: () => undefined,
    httpHandlerConfigs: () => ({}),
  };
  const client = new env.sdk.CleanRoomsMLClient({
    region: params.Region,
    useFipsEndpoint: params.UseFIPS ?? false,
    useDualstackEndpoint: params.UseDualStack ?? false,
    ...(params.Endpoint !== undefined ? { endpoint: params.Endpoint } : {}),
    credentials: env.credentials,
    requestHandler: capturingHandler as any,
    retryStrategy: new env.retry.ConfiguredRetryStrategy(1, 1),
  });
  try {
    await client.send(new env.sdk.GetAudienceModelCommand({ audienceModelArn: "arn:aws:cleanrooms-ml:us-east-1:123456789012:audience-model/m" }));
    return { error: "send() resolved without reaching the capturing handler" };
  } catch (err: any) {
    return err === stop && seen ? seen : { error: String(err?.message) };
  } finally {
    client.destroy();
  }
}

async function executeEndpoint(env: ExecutorEnv, v: EndpointVector): Promise<VectorReport> {
  const logs: string[] = [];
  // A client built the ordinary way; its config.endpointProvider is the generated rule-set resolver.
  const client = new env.sdk.CleanRoomsMLClient({ region: env.defaultRegion, credentials: env.credentials, logger: captureLogger(logs) });
  const started = Date.now();
  // Without a Region the client cannot be configured at all (signing needs one), so those cases test the resolver only.
  const viaClient = v.params.Region !== undefined ? await sendWithEndpointParams(env, v.params) : undefined;
  try {
    const resolved = client.config.endpointProvider(v.params as any, { logger: captureLogger(logs) });
    return { endpoint: { url: resolved.url.href, headers: resolved.headers as any }, viaClient, logs, elapsedMs: Date.now() - started };
  } catch (err) {
    return { error: reportError(env.sdk, err), viaClient, logs, elapsedMs: Date.now() - started };
  } finally {
    client.destroy();
  }
}

export function executeVector(env: ExecutorEnv, v: Vector): Promise<VectorReport> {
  return v.kind === "endpoint" ? executeEndpoint(env, v) : executeCall(env, v);
}
