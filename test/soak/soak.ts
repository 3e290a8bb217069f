// The soak: many GetAudienceModel calls, a fixed number in flight, through NodeHttpHandler on a keep-alive agent,
// against a loopback server that mixes successes, every modeled error, 5xx answers and calls the client aborts.
// It checks the things a long-running service dies of: calls that never settle, unhandled rejections, sockets that
// are neither in use nor pooled, and memory that keeps growing. Shared by the jest test (small N) and `npm run soak`.
import { Agent, createServer, IncomingMessage, ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { NodeHttpHandler } from "@smithy/node-http-handler";
import { ConfiguredRetryStrategy } from "@smithy/util-retry";
import * as sdk from "@cleanroomsml-sdk/client-cleanroomsml";
import { TEST_CREDENTIALS, TEST_REGION } from "../support/credentials";

/** One kind of call in the mix: what the server answers and what the caller must end up with. */
interface Kind {
  name: string;
  status: number;
  errorType?: string;
  /** The error class (by name) the caller must receive; undefined means the call must succeed. */
  expect?: string;
  /** The server holds the answer and the client aborts the call first. */
  abort?: boolean;
  /** The body is a proxy's HTML page rather than JSON. */
  html?: boolean;
}

// Successes dominate, as in real traffic; every other kind appears at a fixed rate so small runs still see all of them.
const KINDS: Kind[] = [
  { name: "ok", status: 200 },
  { name: "ok", status: 200 },
  { name: "ok", status: 200 },
  { name: "ok", status: 200 },
  { name: "400", status: 400, errorType: "ValidationException", expect: "ValidationException" },
  { name: "403", status: 403, errorType: "AccessDeniedException", expect: "AccessDeniedException" },
  { name: "404", status: 404, errorType: "ResourceNotFoundException", expect: "ResourceNotFoundException" },
  { name: "429", status: 429, errorType: "ThrottlingException", expect: "ThrottlingException" },
  { name: "500", status: 500, errorType: "InternalServerException", expect: "InternalServerException" },
  // An empty 503 carries no error code: the base service exception names it "Unknown".
  { name: "503", status: 503, expect: "Unknown" },
  // A proxy's HTML 502. Whether it becomes a typed service exception is a protocol vector (issue 3); the soak only
  // demands that it settles as an error carrying the status and attempt count, and leaks nothing.
  { name: "502-html", status: 502, html: true, expect: "*" },
  { name: "abort", status: 200, abort: true, expect: "AbortError" },
];

const ARN_PREFIX = "arn:aws:cleanrooms-ml:us-east-1:123456789012:audience-model/soak-";
/** How long the server sits on an "abort" call; the client aborts long before. */
const ABORT_HOLD_MS = 2_000;
const ABORT_AFTER_MS = 5;
const MAX_ATTEMPTS = 2;

export interface SoakOptions {
  calls: number;
  concurrency: number;
  /** Whole-run budget; the run fails rather than hangs past it. */
  timeoutMs: number;
  /** Leave one promise rejection unhandled mid-run, to prove the counter sees it. */
  injectUnhandledRejection?: boolean;
}

export interface SoakReport {
  calls: number;
  settled: number;
  /** Per kind: how many calls ended as the kind demands. */
  outcomes: Record<string, number>;
  /** Calls that ended differently from what their kind demands (first few, described). */
  mismatches: string[];
  mismatchCount: number;
  unhandledRejections: number;
  /** Sockets still assigned to requests after every call settled (must be 0). */
  agentActiveSockets: number;
  /** Sockets parked in the agent's free pool. */
  agentFreeSockets: number;
  /** Connections the server still holds open; must equal the free pool, nothing beyond it. */
  serverOpenConnections: number;
  /** Server connections left after the client is destroyed (must reach 0). */
  serverOpenAfterDestroy: number;
  serverConnectionsTotal: number;
  requestsServed: number;
  rssStartMb: number;
  rssMidMb: number;
  rssEndMb: number;
  durationMs: number;
  callsPerSecond: number;
  timedOut: boolean;
}

const MODEL = {
  createTime: "2026-03-01T10:00:00.250Z",
  updateTime: "2026-03-02T11:30:00Z",
  audienceModelArn: `${ARN_PREFIX}ok`,
  name: "soak",
  trainingDatasetArn: "arn:aws:cleanrooms-ml:us-east-1:123456789012:training-dataset/ds-1",
  status: "ACTIVE",
  tags: { run: "soak" },
};

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(check: () => boolean | Promise<boolean>, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check()) && Date.now() < end) await sleep(10);
}

/** Reads the kind back from the label the client percent-encoded into the path. */
function kindOf(rawPath: string): Kind {
  const arn = decodeURIComponent(rawPath.slice("/audience-model/".length));
  const index = Number(arn.slice(ARN_PREFIX.length).split("-")[0]);
  return KINDS[index % KINDS.length];
}

function answer(req: IncomingMessage, res: ServerResponse): void {
  const kind = kindOf(req.url ?? "");
  if (kind.abort) {
    // Hold the call; the client gives up first. Clear the timer when the client's socket goes away.
    const timer = setTimeout(() => res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(MODEL)), ABORT_HOLD_MS);
    res.on("close", () => clearTimeout(timer));
    return;
  }
  if (kind.status === 200) {
    res.writeHead(200, { "content-type": "application/json", "x-amzn-requestid": "soak-ok" }).end(JSON.stringify(MODEL));
    return;
  }
  if (kind.html) {
    res.writeHead(kind.status, { "content-type": "text/html" }).end("<html><body>502 Bad Gateway</body></html>");
    return;
  }
  if (!kind.errorType) {
    res.writeHead(kind.status).end();
    return;
  }
  res
    .writeHead(kind.status, { "content-type": "application/json", "x-amzn-errortype": kind.errorType!, "x-amzn-requestid": `soak-${kind.name}` })
    .end(JSON.stringify({ message: `soak ${kind.name}` }));
}

function describe(err: unknown): string {
  if (err instanceof Error) return `${err.name}: ${err.message}`;
  return String(err);
}

/** Checks one settled call against its kind; returns undefined when it ended as it must. */
function check(kind: Kind, result: { ok: true; out: any } | { ok: false; err: any }): string | undefined {
  if (!kind.expect) {
    if (!result.ok) return `expected success, got ${describe(result.err)}`;
    if (result.out.name !== "soak" || result.out.$metadata?.httpStatusCode !== 200) return "success with a wrong body";
    return undefined;
  }
  if (result.ok) return `expected ${kind.expect}, got success`;
  const err = result.err;
  if (kind.abort) return err?.name === "AbortError" ? undefined : `expected AbortError, got ${describe(err)}`;
  if (kind.expect !== "*") {
    if (!(err instanceof sdk.CleanRoomsMLServiceException)) return `expected a service exception, got ${describe(err)}`;
    if (err.name !== kind.expect) return `expected ${kind.expect}, got ${err.name}`;
  }
  if (err?.$metadata === undefined) return `error without $metadata: ${describe(err)}`;
  if (err.$metadata.httpStatusCode !== kind.status) return `expected status ${kind.status}, got ${err.$metadata.httpStatusCode}`;
  const attempts = err.$metadata.attempts ?? 0;
  if (attempts < 1 || attempts > MAX_ATTEMPTS) return `attempts out of range: ${attempts}`;
  return undefined;
}

export async function runSoak(opts: SoakOptions): Promise<SoakReport> {
  let unhandledRejections = 0;
  const onUnhandled = () => {
    unhandledRejections += 1;
  };
  process.on("unhandledRejection", onUnhandled);

  const open = new Set<Socket>();
  let serverConnectionsTotal = 0;
  let requestsServed = 0;
  const server = createServer((req, res) => {
    requestsServed += 1;
    req.resume();
    req.on("end", () => answer(req, res));
  });
  server.on("connection", (s: Socket) => {
    serverConnectionsTotal += 1;
    open.add(s);
    s.on("close", () => open.delete(s));
  });
  // The server must outlive the client's idle sockets for this check: a stale-socket race is a separate fault vector.
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const agent = new Agent({ keepAlive: true, maxSockets: opts.concurrency });
  const client = new sdk.CleanRoomsMLClient({
    region: TEST_REGION,
    endpoint,
    credentials: TEST_CREDENTIALS,
    requestHandler: new NodeHttpHandler({ httpAgent: agent }),
    // Short fixed backoff keeps the run fast; the retry quota still applies, as it would in production.
    retryStrategy: new ConfiguredRetryStrategy(MAX_ATTEMPTS, 1),
  });

  const outcomes: Record<string, number> = {};
  const mismatches: string[] = [];
  let mismatchCount = 0;
  let settled = 0;
  let next = 0;
  const rssStart = process.memoryUsage().rss;
  let rssMid = rssStart;
  const started = Date.now();

  const one = async (i: number) => {
    const kind = KINDS[i % KINDS.length];
    const controller = kind.abort ? new AbortController() : undefined;
    const timer = controller ? setTimeout(() => controller.abort(), ABORT_AFTER_MS) : undefined;
    const result = await client
      .send(new sdk.GetAudienceModelCommand({ audienceModelArn: `${ARN_PREFIX}${i}-${kind.name}` }), { abortSignal: controller?.signal })
      .then((out) => ({ ok: true as const, out }), (err) => ({ ok: false as const, err }));
    clearTimeout(timer);
    settled += 1;
    const problem = check(kind, result);
    if (problem) {
      mismatchCount += 1;
      if (mismatches.length < 10) mismatches.push(`call ${i} (${kind.name}): ${problem}`);
    } else {
      outcomes[kind.name] = (outcomes[kind.name] ?? 0) + 1;
    }
  };
  const worker = async () => {
    while (next < opts.calls) {
      const i = next++;
      await one(i);
      if (i === Math.floor(opts.calls / 2)) rssMid = process.memoryUsage().rss;
    }
  };

  if (opts.injectUnhandledRejection) void Promise.reject(new Error("soak self-test: deliberately unhandled"));

  let timedOut = false;
  let deadlineTimer: NodeJS.Timeout | undefined;
  const deadline = new Promise<void>((r) => {
    deadlineTimer = setTimeout(() => {
      timedOut = true;
      r();
    }, opts.timeoutMs);
  });
  const work = Promise.all(Array.from({ length: opts.concurrency }, worker));
  await Promise.race([work, deadline]);
  clearTimeout(deadlineTimer);
  const durationMs = Date.now() - started;

  // Sockets go back to the pool and aborted ones close asynchronously; give them a moment, bounded.
  const count = (pool: NodeJS.ReadOnlyDict<Socket[]>) => Object.values(pool).reduce((n, list) => n + (list?.length ?? 0), 0);
  await until(() => count(agent.sockets) === 0 && open.size === count(agent.freeSockets), 2_000);
  const agentActiveSockets = count(agent.sockets);
  const agentFreeSockets = count(agent.freeSockets);
  const serverOpenConnections = open.size;
  // Let any late rejection surface before counting.
  await sleep(50);

  client.destroy();
  await until(() => open.size === 0, 2_000);
  const serverOpenAfterDestroy = open.size;
  server.closeAllConnections();
  await new Promise<void>((r) => server.close(() => r()));
  process.off("unhandledRejection", onUnhandled);

  return {
    calls: opts.calls,
    settled,
    outcomes,
    mismatches,
    mismatchCount,
    unhandledRejections,
    agentActiveSockets,
    agentFreeSockets,
    serverOpenConnections,
    serverOpenAfterDestroy,
    serverConnectionsTotal,
    requestsServed,
    rssStartMb: mb(rssStart),
    rssMidMb: mb(rssMid),
    rssEndMb: mb(process.memoryUsage().rss),
    durationMs,
    callsPerSecond: Math.round((settled / durationMs) * 1000),
    timedOut,
  };
}

/** One human-readable block for logs and the README. */
export function formatSoakReport(r: SoakReport): string {
  return [
    `soak: ${r.settled}/${r.calls} calls settled in ${r.durationMs} ms (${r.callsPerSecond} calls/s)${r.timedOut ? " — TIMED OUT" : ""}`,
    `  outcomes as expected: ${Object.entries(r.outcomes).map(([k, v]) => `${k}=${v}`).join(" ")}`,
    `  mismatches: ${r.mismatchCount}${r.mismatches.length ? `\n    ${r.mismatches.join("\n    ")}` : ""}`,
    `  unhandled rejections: ${r.unhandledRejections}`,
    `  sockets after settle: agent active=${r.agentActiveSockets} free=${r.agentFreeSockets}; server open=${r.serverOpenConnections}; after destroy=${r.serverOpenAfterDestroy}`,
    `  server: ${r.serverConnectionsTotal} connections accepted, ${r.requestsServed} requests served`,
    `  RSS: start ${r.rssStartMb} MB, mid ${r.rssMidMb} MB, end ${r.rssEndMb} MB (growth ${Math.round((r.rssEndMb - r.rssStartMb) * 10) / 10} MB)`,
  ].join("\n");
}

/**
 * RSS may grow while V8 warms up and the heap settles, but not without bound. The limit is generous on purpose:
 * it catches a per-call leak (10,000 calls leaking even 20 KB each is ~200 MB), not allocator noise.
 */
export const RSS_GROWTH_LIMIT_MB = 150;

/** Every way a soak run can fail, in words; empty means it passed. */
export function soakFailures(r: SoakReport): string[] {
  const out: string[] = [];
  if (r.timedOut) out.push("the run hit its time bound: some calls never settled");
  if (r.settled !== r.calls) out.push(`${r.calls - r.settled} calls never settled`);
  if (r.mismatchCount) out.push(`${r.mismatchCount} calls ended differently from their kind`);
  if (r.unhandledRejections) out.push(`${r.unhandledRejections} unhandled rejections`);
  if (r.agentActiveSockets) out.push(`${r.agentActiveSockets} agent sockets still assigned after every call settled`);
  if (r.serverOpenConnections > r.agentFreeSockets) out.push(`server holds ${r.serverOpenConnections} connections, agent pools only ${r.agentFreeSockets}`);
  if (r.serverOpenAfterDestroy) out.push(`${r.serverOpenAfterDestroy} connections survive client.destroy()`);
  if (r.rssEndMb - r.rssStartMb > RSS_GROWTH_LIMIT_MB) out.push(`RSS grew ${r.rssEndMb - r.rssStartMb} MB (limit ${RSS_GROWTH_LIMIT_MB})`);
  return out;
}
