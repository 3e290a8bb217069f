// A local Clean Rooms ML endpoint: GetAudienceModel over restJson1 on 127.0.0.1, answering with the
// status codes, error shapes and headers the service uses, so clients can be exercised without AWS.
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

import { serviceModel } from "./generated/service-model";
import { checkGetAudienceModelInput } from "./model-constraints";
import { verifySigV4, type SigV4VerificationOptions } from "./sigv4-verifier";
import { assertValidFixture, ScriptedAudienceModel, type AudienceModelFixture } from "./status-script";

/** The modeled errors of GetAudienceModel, as named in the model. */
export type ModeledErrorName = keyof typeof serviceModel.errors;

export interface LocalEndpointOptions {
  /** The audience models to serve, each with its status script. */
  audienceModels?: readonly AudienceModelFixture[];
  /** Port on 127.0.0.1. Default 0: a free port chosen by the OS. */
  port?: number;
  /** Verify SigV4 on every request; failures answer AccessDeniedException (403). Off by default. */
  sigv4?: SigV4VerificationOptions;
  /** Answer every Nth operation call (N, 2N, ...) with ThrottlingException (429). Off by default. */
  throttle?: { everyNth: number };
  /** The clock, in ms since the epoch. For tests of time-based scripts. Default Date.now. */
  now?: () => number;
}

/** One request the endpoint answered, in arrival order. */
export interface ServedRequest {
  method: string;
  /** The request target as received, percent-encoding intact. */
  rawUrl: string;
  status: number;
  /** The x-amzn-errortype sent, for error answers. */
  errorType?: string;
  requestId: string;
}

export interface LocalEndpoint {
  /** Base URL to give a client as `endpoint`, e.g. http://127.0.0.1:53121 */
  endpoint: string;
  /** Every request answered so far. */
  readonly served: readonly ServedRequest[];
  /** Stops listening and drops open connections. */
  close(): Promise<void>;
}

interface Reply {
  status: number;
  errorType?: string;
  body: Record<string, unknown>;
}

const modeledError = (name: ModeledErrorName, message: string): Reply => ({
  status: serviceModel.errors[name].httpStatus,
  errorType: name,
  body: { message },
});

// The URI template split into literal segments and label names, e.g. ["audience-model", {label}].
const template = serviceModel.operation.uri.split("/").slice(1).map((seg) => {
  const m = /^\{([^}+]+)\}$/.exec(seg);
  return m ? { label: m[1] } : { literal: seg };
});

/** Matches a raw path against the operation's URI template; returns the decoded labels, or undefined. */
function matchRoute(rawPath: string): Record<string, string> | undefined | "malformed" {
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
  const { throttle, port, sigv4 } = options;
  if (throttle !== undefined && !(Number.isInteger(throttle.everyNth) && throttle.everyNth >= 1)) {
    throw new TypeError("throttle.everyNth must be an integer of at least 1");
  }
  if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port <= 65535)) {
    throw new TypeError("port must be an integer from 0 to 65535");
  }
  if (sigv4 !== undefined && (!Array.isArray(sigv4.credentials) || sigv4.credentials.length === 0)) {
    throw new TypeError("sigv4.credentials must list at least one accepted key pair");
  }
}

/**
 * Starts a local GetAudienceModel endpoint on 127.0.0.1 and resolves once it is listening.
 * Give the returned `endpoint` to a client; call `close()` when done.
 */
export async function startLocalEndpoint(options: LocalEndpointOptions = {}): Promise<LocalEndpoint> {
  validateOptions(options);
  const now = options.now ?? Date.now;
  const startedAt = new Date(now());
  const models = new Map<string, ScriptedAudienceModel>();
  (options.audienceModels ?? []).forEach((fixture, i) => {
    assertValidFixture(fixture, i);
    if (models.has(fixture.audienceModelArn)) {
      throw new TypeError(`audienceModels[${i}]: ${fixture.audienceModelArn} is listed twice`);
    }
    models.set(fixture.audienceModelArn, new ScriptedAudienceModel(fixture, startedAt));
  });

  const served: ServedRequest[] = [];
  let calls = 0;

  async function answer(req: IncomingMessage, body: Buffer): Promise<Reply> {
    const rawUrl = req.url ?? "/";
    const queryAt = rawUrl.indexOf("?");
    const labels = matchRoute(queryAt < 0 ? rawUrl : rawUrl.slice(0, queryAt));
    if (labels === undefined || req.method !== serviceModel.operation.method) {
      // Not a modeled error: the service answers unknown routes this way, and clients raise a generic service error.
      return { status: 404, errorType: "UnknownOperationException", body: { message: `No operation matches ${req.method} ${rawUrl}` } };
    }
    if (options.sigv4) {
      const denied = await verifySigV4({ method: req.method, rawUrl, headers: req.headers, body }, options.sigv4, serviceModel.signingName, now());
      if (denied) return modeledError("AccessDeniedException", denied);
    }
    calls += 1;
    if (options.throttle && calls % options.throttle.everyNth === 0) {
      return modeledError("ThrottlingException", "Rate exceeded");
    }
    if (labels === "malformed") return modeledError("ValidationException", "The request path is not valid percent-encoding");
    const problem = checkGetAudienceModelInput(labels);
    if (problem) return modeledError("ValidationException", problem);
    const arn = labels.audienceModelArn;
    const model = models.get(arn);
    const read = model?.read(now());
    if (!read?.found) return modeledError("ResourceNotFoundException", `Audience model ${arn} does not exist`);
    return { status: serviceModel.operation.code, body: read.body };
  }

  const cors = serviceModel.cors;
  function corsHeaders(req: IncomingMessage): Record<string, string> {
    if (!cors || req.headers.origin === undefined) return {};
    return {
      "access-control-allow-origin": "*",
      "access-control-expose-headers": cors.additionalExposedHeaders.join(","),
    };
  }

  function send(req: IncomingMessage, res: ServerResponse, reply: Reply, requestId: string): void {
    const payload = JSON.stringify(reply.body);
    const headers: Record<string, string> = {
      "content-type": "application/json",
      "content-length": String(Buffer.byteLength(payload)),
      "x-amzn-requestid": requestId,
      ...corsHeaders(req),
    };
    if (reply.errorType) headers["x-amzn-errortype"] = reply.errorType;
    res.writeHead(reply.status, headers);
    res.end(payload);
    served.push({ method: req.method ?? "", rawUrl: req.url ?? "", status: reply.status, errorType: reply.errorType, requestId });
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
        "x-amzn-requestid": requestId,
      });
      res.end();
      served.push({ method: "OPTIONS", rawUrl: req.url ?? "", status: 204, requestId });
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

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;

  return {
    endpoint: `http://127.0.0.1:${port}`,
    served,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
