// A local Clean Rooms ML endpoint: GetAudienceModel over restJson1 on 127.0.0.1, answering with the
// status codes, error shapes and headers the service uses, so clients can be exercised without AWS.
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

import { CONTROL_ROUTES, hostForUrl } from "./control-routes";
import { serviceModel } from "./generated/service-model";
import { PACKAGE_VERSION } from "./generated/version";
import { checkGetAudienceModelInput } from "./model-constraints";
import { SIGV4_FAILURE_STATUS, verifySigV4, type SigV4FailureCode, type SigV4VerificationOptions } from "./sigv4-verifier";
import { checkFixture, ScriptedAudienceModel, type AudienceModelFixture } from "./status-script";

/** The modeled errors of GetAudienceModel, as named in the model. */
export type ModeledErrorName = keyof typeof serviceModel.errors;

export interface LocalEndpointOptions {
  /**
   * The audience models to serve, each with its status script. Times may be Dates or ISO-8601 strings, so the
   * parsed contents of a JSON fixtures file can be passed as they are.
   */
  audienceModels?: readonly AudienceModelFixture[];
  /** Port to listen on. Default 0: a free port chosen by the OS. */
  port?: number;
  /**
   * Address to listen on. Default `127.0.0.1`. Any address that is not loopback (`0.0.0.0`, a LAN address)
   * lets other machines call the endpoint, which has no protection beyond the optional test key pairs.
   */
  host?: string;
  /**
   * Verify SigV4 on every request, as AWS does. Failures answer 403 with the codes AWS uses
   * (InvalidSignatureException, UnrecognizedClientException, ...). Off by default: requests are not checked.
   */
  sigv4?: SigV4VerificationOptions;
  /** Answer every Nth operation call (N, 2N, ...) with ThrottlingException (429). Off by default. */
  throttle?: { everyNth: number };
  /** The clock, in ms since the epoch. For tests of time-based scripts. Default Date.now. */
  now?: () => number;
  /** Called once per answered request, after the answer is sent (the command line logs with it). */
  onRequest?: (served: ServedRequest) => void;
}

/** One request the endpoint answered, in arrival order. */
export interface ServedRequest {
  method: string;
  /** The request target as received, percent-encoding intact. */
  rawUrl: string;
  status: number;
  /** The x-amzn-ErrorType sent, for error answers. */
  errorType?: string;
  requestId: string;
}

export interface LocalEndpoint {
  /** Base URL to give a client as `endpoint`, e.g. http://127.0.0.1:53121 */
  endpoint: string;
  /** The address and port it listens on. */
  host: string;
  port: number;
  /** Every request answered so far. */
  readonly served: readonly ServedRequest[];
  /** Puts every status script back to its first step and restarts the throttling count (what `POST /_reset` does). */
  reset(): void;
  /** Stops listening and drops open connections. */
  close(): Promise<void>;
}

interface Reply {
  status: number;
  errorType?: string;
  body: Record<string, unknown>;
  headers?: Record<string, string>;
}

const modeledError = (name: ModeledErrorName, message: string): Reply => ({
  status: serviceModel.errors[name].httpStatus,
  errorType: name,
  body: { message },
});

// Errors AWS answers outside the operation's model: its SigV4 front end, and an unknown route.
const unmodeledError = (status: number, errorType: SigV4FailureCode | "UnknownOperationException", message: string): Reply => ({
  status,
  errorType,
  body: { message },
});

// The URI template split into literal segments and label names, e.g. ["audience-model", {label}].
const template = serviceModel.operation.uri.split("/").slice(1).map((seg) => {
  const m = /^\{([^}+]+)\}$/.exec(seg);
  return m ? { label: m[1] } : { literal: seg };
});

/** Matches a raw path against the operation's URI template; returns the decoded labels, or undefined. */
export function matchRoute(rawPath: string): Record<string, string> | undefined | "malformed" {
  const segments = rawPath.split("/").slice(1);
  if (segments.length !== template.length) return undefined;
  const labels: Record<string, string> = {};
  for (let i = 0; i < template.length; i++) {
    const t = template[i];
    if ("literal" in t) {
      if (segments[i] !== t.literal) return undefined;
    } else {
      try {
        labels[t.label] = decodeURIComponent(segments[i]);
      } catch {
        return "malformed";
      }
    }
  }
  return labels;
}

function validateOptions(options: LocalEndpointOptions): void {
  const { throttle, port, sigv4, host, audienceModels } = options;
  if (throttle !== undefined && !(Number.isInteger(throttle.everyNth) && throttle.everyNth >= 1)) {
    throw new TypeError("throttle.everyNth must be an integer of at least 1");
  }
  if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port <= 65535)) {
    throw new TypeError("port must be an integer from 0 to 65535");
  }
  if (host !== undefined && (typeof host !== "string" || host === "")) throw new TypeError("host must be a non-empty string");
  if (sigv4 !== undefined && (!Array.isArray(sigv4.credentials) || sigv4.credentials.length === 0)) {
    throw new TypeError("sigv4.credentials must list at least one accepted key pair");
  }
  if (audienceModels !== undefined && !Array.isArray(audienceModels)) throw new TypeError("audienceModels must be an array");
}

/**
 * Starts a local GetAudienceModel endpoint, on 127.0.0.1 unless told otherwise, and resolves once it is
 * listening. Give the returned `endpoint` to a client; call `close()` when done.
 */
export async function startLocalEndpoint(options: LocalEndpointOptions = {}): Promise<LocalEndpoint> {
  validateOptions(options);
  const now = options.now ?? Date.now;
  const startedAt = new Date(now());
  const models = new Map<string, ScriptedAudienceModel>();
  (options.audienceModels ?? []).forEach((raw, i) => {
    const fixture = checkFixture(raw, `audienceModels[${i}]`);
    if (models.has(fixture.audienceModelArn)) {
      throw new TypeError(`audienceModels[${i}]: ${fixture.audienceModelArn} is listed twice`);
    }
    models.set(fixture.audienceModelArn, new ScriptedAudienceModel(fixture, startedAt));
  });

  const served: ServedRequest[] = [];
  let calls = 0;
  const reset = () => {
    for (const model of models.values()) model.reset();
    calls = 0;
  };

  async function answerOperation(req: IncomingMessage, rawUrl: string, labels: Record<string, string> | "malformed", body: Buffer): Promise<Reply> {
    let authorized = true;
    let accessKeyId = "";
    if (options.sigv4) {
      const verdict = await verifySigV4({ method: req.method ?? "", rawUrl, headers: req.headers, body }, options.sigv4, serviceModel.signingName, now());
      if (!verdict.ok) return unmodeledError(SIGV4_FAILURE_STATUS, verdict.code, verdict.message);
      authorized = verdict.credential.authorized !== false;
      accessKeyId = verdict.credential.accessKeyId;
    }
    calls += 1;
    if (options.throttle && calls % options.throttle.everyNth === 0) {
      return modeledError("ThrottlingException", "Rate exceeded");
    }
    if (labels === "malformed") return modeledError("ValidationException", "The request path is not valid percent-encoding");
    // Every constraint of the model, as the service enforces it (model-constraints.ts).
    const problem = checkGetAudienceModelInput(labels);
    if (problem) return modeledError("ValidationException", problem);
    const arn = labels.audienceModelArn;
    if (!authorized) {
      // IAM refuses before the lookup, so an unauthorized caller learns nothing about which models exist.
      const action = `${serviceModel.signingName}:${serviceModel.operation.name}`;
      return modeledError("AccessDeniedException", `Access key ${accessKeyId} is not authorized to perform: ${action} on resource: ${arn}`);
    }
    const read = models.get(arn)?.read(now());
    if (!read?.found) return modeledError("ResourceNotFoundException", `Audience model ${arn} does not exist`);
    return { status: serviceModel.operation.code, body: read.body };
  }

  function answerControl(req: IncomingMessage, route: keyof typeof CONTROL_ROUTES): Reply {
    const method = CONTROL_ROUTES[route];
    if (req.method !== method) {
      return { status: 405, headers: { allow: method }, body: { message: `${route} answers ${method} only` } };
    }
    if (route === "/_reset") reset();
    return {
      status: 200,
      body: route === "/_health"
        ? { status: "ok", service: serviceModel.signingName, version: PACKAGE_VERSION, audienceModels: models.size, pid: process.pid }
        : { reset: true, audienceModels: models.size },
    };
  }

  async function answer(req: IncomingMessage, body: Buffer): Promise<Reply> {
    const rawUrl = req.url ?? "/";
    const queryAt = rawUrl.indexOf("?");
    const rawPath = queryAt < 0 ? rawUrl : rawUrl.slice(0, queryAt);
    if (Object.hasOwn(CONTROL_ROUTES, rawPath)) return answerControl(req, rawPath as keyof typeof CONTROL_ROUTES);
    const labels = matchRoute(rawPath);
    if (labels === undefined || req.method !== serviceModel.operation.method) {
      // Not a modeled error: the service answers unknown routes this way, and clients raise a generic service error.
      return unmodeledError(404, "UnknownOperationException", `No operation matches ${req.method} ${rawUrl}`);
    }
    return answerOperation(req, rawUrl, labels, body);
  }

  const cors = serviceModel.cors;
  function corsHeaders(req: IncomingMessage): Record<string, string> {
    if (!cors || req.headers.origin === undefined) return {};
    return {
      "access-control-allow-origin": "*",
      "access-control-expose-headers": cors.additionalExposedHeaders.join(","),
    };
  }

  function record(entry: ServedRequest): void {
    served.push(entry);
    options.onRequest?.(entry);
  }

  function send(req: IncomingMessage, res: ServerResponse, reply: Reply, requestId: string): void {
    const payload = JSON.stringify(reply.body);
    // Header names as AWS writes them; HTTP clients match them without regard to case.
    const headers: Record<string, string> = {
      "Content-Type": "application/json",
      "Content-Length": String(Buffer.byteLength(payload)),
      "x-amzn-RequestId": requestId,
      ...corsHeaders(req),
      ...reply.headers,
    };
    if (reply.errorType) headers["x-amzn-ErrorType"] = reply.errorType;
    res.writeHead(reply.status, headers);
    res.end(payload);
    record({ method: req.method ?? "", rawUrl: req.url ?? "", status: reply.status, errorType: reply.errorType, requestId });
  }

  const server = createServer((req, res) => {
    const requestId = randomUUID();
    if (req.method === "OPTIONS" && cors) {
      // A browser's preflight: allow what the model's @cors trait allows.
      res.writeHead(204, {
        "access-control-allow-origin": "*",
        "access-control-allow-methods": serviceModel.operation.method,
        "access-control-allow-headers": req.headers["access-control-request-headers"] ?? cors.additionalAllowedHeaders.join(","),
        "access-control-max-age": String(cors.maxAge),
        "x-amzn-RequestId": requestId,
      });
      res.end();
      record({ method: "OPTIONS", rawUrl: req.url ?? "", status: 204, requestId });
      return;
    }
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      answer(req, Buffer.concat(chunks)).then(
        (reply) => send(req, res, reply, requestId),
        // A bug in the endpoint itself: say so as a 500 rather than leave the client hanging.
        (err: unknown) => send(req, res, { status: 500, errorType: "InternalServerException", body: { message: String(err) } }, requestId),
      );
    });
  });

  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;

  return {
    endpoint: `http://${hostForUrl(host)}:${port}`,
    host,
    port,
    served,
    reset,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
