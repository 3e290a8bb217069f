// The command line, `cleanroomsml-local-endpoint` (bin/ calls main): options parsed with Node's util.parseArgs,
// audience models read from a JSON file, one start line with the URL on stdout, one line per request on stderr,
// and a clean stop on SIGINT/SIGTERM or when the process that started it goes away. Exit codes: 0 stopped cleanly (or --help/--version), 1 could not start
// (the port is taken, say), 2 bad options or a bad fixtures file, with nothing started.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";

import { isLoopbackHost } from "./control-routes";
import { PACKAGE_VERSION } from "./generated/version";
import { startLocalEndpoint, type LocalEndpointOptions } from "./local-endpoint";
import type { AcceptedCredential } from "./sigv4-verifier";
import { checkFixture, type AudienceModelFixture } from "./status-script";

const NAME = "cleanroomsml-local-endpoint";
export const DEFAULT_PORT = 4566;

export const USAGE = `Usage: ${NAME} [options]

A local AWS Clean Rooms ML endpoint (GetAudienceModel over restJson1) for tests and offline work.

Options:
  --port N                 port to listen on; 0 picks a free one (default ${DEFAULT_PORT})
  --host H                 address to listen on (default 127.0.0.1). Anything but loopback
                           lets other machines call it.
  --models FILE            JSON array of audience models to serve, with status scripts
  --sigv4 AKID:SECRET      verify SigV4 and accept this key pair (repeatable). Without it,
                           requests are not verified.
  --sigv4-denied AKID:SECRET
                           a key pair that verifies but lacks permission: its calls get
                           AccessDeniedException (repeatable)
  --region R               with --sigv4: signatures must be scoped to region R
  --throttle-every N       answer every Nth call with ThrottlingException (429)
  --quiet                  do not log requests to stderr
  --outlive-parent         keep running after the process that started it exits (by
                           default it stops then, so a killed npx leaves nothing behind)
  --version                print the version and exit
  -h, --help               print this help and exit

Routes: GET /audience-model/{arn} (the service), GET /_health, POST /_reset.
`;

/** A problem with the command line or the fixtures file: reported with exit code 2, nothing started. */
export class UsageError extends Error {}

export type ParsedCommandLine =
  | { kind: "help" }
  | { kind: "version" }
  | { kind: "start"; options: LocalEndpointOptions & { port: number }; modelsFile?: string; quiet: boolean; watchParent: boolean };

function integer(option: string, text: string, min: number, max: number): number {
  if (!/^\d+$/.test(text) || Number(text) < min || Number(text) > max) {
    throw new UsageError(`--${option} must be a whole number from ${min} to ${max}, not ${JSON.stringify(text)}`);
  }
  return Number(text);
}

function keyPair(option: string, text: string): AcceptedCredential {
  // Access key ids never contain ':'; a secret may, so only the first one separates them.
  const at = text.indexOf(":");
  if (at <= 0 || at === text.length - 1) {
    throw new UsageError(`--${option} takes ACCESS_KEY_ID:SECRET_ACCESS_KEY, not ${JSON.stringify(text.replace(/:.*/, ":…"))}`);
  }
  return { accessKeyId: text.slice(0, at), secretAccessKey: text.slice(at + 1) };
}

/** Reads and checks a fixtures file: a JSON array of audience models. Problems are UsageErrors naming the file. */
export function readModelsFile(file: string): AudienceModelFixture[] {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (err) {
    throw new UsageError(`--models ${file}: cannot read it (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    // Node 20's V8 names only a character offset (later ones add the line); people look for a line and column.
    const raw = (err as Error).message;
    const message = /\bline\b/.test(raw) ? raw : raw.replace(/position (\d+)(?!.*position)/, (all, n: string) => {
      const before = text.slice(0, Number(n)).split("\n");
      return `${all} (line ${before.length}, column ${before[before.length - 1].length + 1})`;
    });
    throw new UsageError(`--models ${file} is not valid JSON: ${message}`);
  }
  if (!Array.isArray(parsed)) throw new UsageError(`--models ${file} must hold a JSON array of audience models, not ${parsed === null ? "null" : typeof parsed}`);
  return parsed.map((entry, i) => {
    try {
      checkFixture(entry, `[${i}]`);
    } catch (err) {
      throw new UsageError(`--models ${file}: ${(err as Error).message}`);
    }
    return entry as AudienceModelFixture;
  });
}

/** Turns the arguments (without node and the script) into what to do. Throws UsageError for bad options. */
export function parseCommandLine(argv: readonly string[]): ParsedCommandLine {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: "string" },
        host: { type: "string" },
        models: { type: "string" },
        sigv4: { type: "string", multiple: true },
        "sigv4-denied": { type: "string", multiple: true },
        region: { type: "string" },
        "throttle-every": { type: "string" },
        quiet: { type: "boolean" },
        "outlive-parent": { type: "boolean" },
        version: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (err) {
    // parseArgs' own words name the option (unknown, missing value, unexpected argument).
    throw new UsageError((err as Error).message);
  }
  if (values.help) return { kind: "help" };
  if (values.version) return { kind: "version" };

  const port = values.port === undefined ? DEFAULT_PORT : integer("port", values.port, 0, 65535);
  if (values.host !== undefined && values.host.trim() === "") throw new UsageError("--host must name an address, such as 127.0.0.1");
  const credentials = [
    ...(values.sigv4 ?? []).map((t) => keyPair("sigv4", t)),
    ...(values["sigv4-denied"] ?? []).map((t) => ({ ...keyPair("sigv4-denied", t), authorized: false })),
  ];
  const seen = new Set<string>();
  for (const c of credentials) {
    if (seen.has(c.accessKeyId)) throw new UsageError(`access key ${c.accessKeyId} is given twice`);
    seen.add(c.accessKeyId);
  }
  if (values.region !== undefined && credentials.length === 0) throw new UsageError("--region only matters with --sigv4: it is the region signatures must be scoped to");
  const options: LocalEndpointOptions & { port: number } = { port };
  if (values.host !== undefined) options.host = values.host;
  if (credentials.length) options.sigv4 = { credentials, ...(values.region !== undefined && { region: values.region }) };
  if (values["throttle-every"] !== undefined) options.throttle = { everyNth: integer("throttle-every", values["throttle-every"], 1, Number.MAX_SAFE_INTEGER) };
  return { kind: "start", options, modelsFile: values.models, quiet: values.quiet === true, watchParent: values["outlive-parent"] !== true };
}

const ordinal = (n: number) => `${n}${n % 100 >= 11 && n % 100 <= 13 ? "th" : ["th", "st", "nd", "rd"][n % 10] ?? "th"}`;

/** What the start line says besides the URL. */
function summary(options: LocalEndpointOptions): string {
  const models = options.audienceModels?.length ?? 0;
  const parts = [`${models} audience model${models === 1 ? "" : "s"}`];
  const keys = options.sigv4?.credentials.length ?? 0;
  parts.push(keys ? `SigV4 verified, ${keys} key pair${keys === 1 ? "" : "s"}${options.sigv4?.region ? ` scoped to ${options.sigv4.region}` : ""}` : "SigV4 not verified");
  if (options.throttle) parts.push(`every ${ordinal(options.throttle.everyNth)} call throttled`);
  return parts.join("; ");
}

export interface CliIo {
  stdout: (line: string) => void;
  stderr: (line: string) => void;
  /**
   * Resolves with why the process should stop: a signal's name, or that its parent exited (when `watchParent`).
   * `cancel` drops the listeners, for a start that failed.
   */
  stopRequest: (watchParent: boolean) => { reason: Promise<string>; cancel: () => void };
}

const processIo: CliIo = {
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
  stopRequest: (watchParent) => {
    let resolveReason: (why: string) => void = () => {};
    const reason = new Promise<string>((resolve) => (resolveReason = resolve));
    // npx runs the bin under `sh -c` and does not pass SIGTERM on: a script that stops npx orphans this process,
    // which the OS then hands to another parent. Noticing that is the only way to stop with it.
    const parent = process.ppid;
    const poll = setInterval(() => process.ppid !== parent && stop("the process that started it exited"), 500);
    poll.unref();
    if (!watchParent) clearInterval(poll);
    const onSignal = (signal: NodeJS.Signals) => stop(signal);
    function stop(why: string) {
      cancel();
      resolveReason(why);
    }
    function cancel() {
      clearInterval(poll);
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
    }
    process.on("SIGINT", onSignal);
    process.on("SIGTERM", onSignal);
    return { reason, cancel };
  },
};

/** Runs the command line; resolves with the exit code once the endpoint has stopped (or never started). */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  let parsed: ParsedCommandLine;
  try {
    parsed = parseCommandLine(argv);
    if (parsed.kind === "start" && parsed.modelsFile !== undefined) parsed.options.audienceModels = readModelsFile(parsed.modelsFile);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.stderr(`${NAME}: ${err.message}\nRun ${NAME} --help for the options.`);
    return 2;
  }
  if (parsed.kind === "help") {
    io.stdout(USAGE.trimEnd());
    return 0;
  }
  if (parsed.kind === "version") {
    io.stdout(PACKAGE_VERSION);
    return 0;
  }

  const { options, quiet, modelsFile, watchParent } = parsed;
  if (!quiet) {
    options.onRequest = (r) => io.stderr(`${r.method} ${r.rawUrl} -> ${r.status}${r.errorType ? ` ${r.errorType}` : ""} (${r.requestId})`);
  }
  // Listen for signals before listening on the port, so a stop request that arrives during start-up is kept.
  const stopping = io.stopRequest(watchParent);
  let endpoint;
  try {
    endpoint = await startLocalEndpoint(options);
  } catch (err) {
    stopping.cancel();
    if (err instanceof TypeError) {
      // Checks that need all fixtures together (an ARN listed twice) happen at start.
      io.stderr(`${NAME}: ${modelsFile ? `--models ${modelsFile}: ` : ""}${err.message}`);
      return 2;
    }
    const code = (err as NodeJS.ErrnoException).code;
    io.stderr(`${NAME}: cannot listen on ${options.host ?? "127.0.0.1"} port ${options.port}: ${code ?? String(err)}${code === "EADDRINUSE" ? " (the port is taken; --port 0 picks a free one)" : ""}`);
    return 1;
  }
  if (!isLoopbackHost(endpoint.host)) {
    io.stderr(`${NAME}: warning: listening on ${endpoint.host}, which other machines can reach; its only protection is the test key pairs of --sigv4`);
  }
  io.stdout(`${NAME} ${PACKAGE_VERSION} listening on ${endpoint.endpoint} (${summary(options)})`);
  const why = await stopping.reason;
  await endpoint.close();
  io.stderr(`${NAME}: stopped (${why})`);
  return 0;
}
