// The loopback server behind the protocol vectors. For each vector a runner load()s the scripted answers; the server
// then records every request, checks its SigV4 signature by recomputing it from what actually arrived, answers CORS
// preflights the way the model's @cors trait says, and replays one scripted step per attempt (the last step repeats).
// A step is either a plain HTTP response or a named fault from FAULTS, so transport-level misbehaviour stays data in
// the vector table and new faults are one entry here. Before any script it plays the service's input check: a label
// that breaks a constraint of the model is answered 400 ValidationException, whatever the vector scripted.
import { Sha256 } from "@aws-crypto/sha256-js";
import { findInputViolation, InputConstraintsByOperation } from "@cleanroomsml-sdk/client-cleanroomsml";
import { HttpRequest } from "@smithy/protocol-http";
import { SignatureV4 } from "@smithy/signature-v4";
import { createServer, IncomingMessage, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { ResponseStep } from "../vectors/types";
import type { ModelJson } from "./model-json";
import { serviceTraits } from "./model-json";
import { TRANSPORT_FAULTS } from "./transport-faults";

export interface RecordedRequest {
  method: string;
  /** The request target exactly as sent, percent-encoding intact. */
  rawPath: string;
  headers: IncomingMessage["headers"];
  body: string;
}

export interface Exchange {
  request: RecordedRequest;
  /** "valid", or why the signature did not verify. */
  signature: string;
  /** What the server did: "200", "fault:hang", "403 (bad signature)". */
  answered: string;
  /** Faults only: the client dropped the connection before the server ended the response (a real cancellation). */
  closedByClient?: boolean;
  /** The request came on a keep-alive connection that had carried an earlier response (shown when an assertion fails). */
  socketReused?: boolean;
}

export interface Preflight {
  rawPath: string;
  origin: string | undefined;
  requestMethod: string | undefined;
  requestHeaders: string[];
  /** Empty when the preflight was allowed, else why it was refused. */
  refused: string;
}

export interface FaultContext {
  req: IncomingMessage;
  res: ServerResponse;
  params: Record<string, unknown>;
  /** CORS headers for the response, so a fault that does answer can still be read by a browser. */
  corsHeaders: Record<string, string>;
}

/**
 * Transport faults a vector can name in its responses. Each one owns the response (or the socket) completely.
 * Keep them deterministic: a fault that depends on timing takes the timing from params.
 */
export const FAULTS: Record<string, (ctx: FaultContext) => void | Promise<void>> = {
  /** Never answer. The socket stays open until the client gives up (timeout, abort) or the server closes. */
  hang: () => undefined,
  // Resets, stalls, stale keep-alive sockets, huge bodies, lying content-length (issue 7).
  ...TRANSPORT_FAULTS,
};

export interface CorsPolicy {
  allowedMethods: string[];
  /** Lower case; "*" allows any header except Authorization, as the Fetch standard defines the wildcard. */
  allowedHeaders: string[];
  exposedHeaders: string[];
  maxAge: number;
}

/**
 * Request headers SigV4 adds; Smithy's OpenAPI/API Gateway conversion appends exactly these to a @sigv4 service's
 * CORS allow list. Authorization must be named explicitly because the "*" wildcard never covers it.
 */
const SIGV4_CORS_HEADERS = ["authorization", "date", "x-amz-date", "x-amz-security-token", "x-amz-target", "x-amz-content-sha256", "x-amz-user-agent", "x-amzn-platform-id", "x-amzn-trace-id"];

/** The CORS policy the model declares: @cors on the service, methods from each operation's @http. */
export function corsPolicyFromModel(model: ModelJson): CorsPolicy {
  const cors = serviceTraits(model)["smithy.api#cors"];
  if (!cors) throw new Error("the service has no @cors trait");
  const methods = new Set<string>();
  for (const shape of Object.values(model.shapes)) {
    const http = shape.traits?.["smithy.api#http"];
    if (shape.type === "operation" && http) methods.add(String(http.method).toUpperCase());
  }
  const lower = (xs: string[] = []) => xs.map((x) => x.toLowerCase());
  return {
    allowedMethods: [...methods],
    allowedHeaders: [...new Set([...lower(cors.additionalAllowedHeaders), ...SIGV4_CORS_HEADERS])],
    exposedHeaders: lower(cors.additionalExposedHeaders),
    maxAge: cors.maxAge ?? 600,
  };
}

/** Reads a request path and says why the service refuses its input, or undefined. */
export type ServiceInputCheck = (rawPath: string) => string | undefined;

/**
 * The service's input check, as the local endpoint makes it: each operation's route from its `@http` trait in the
 * model, its labels percent-decoded, and the generated client's constraint table enforced at the strict level
 * (every constraint, as a service does), worded like the service's ValidationException message.
 */
export function serviceInputCheckFromModel(model: ModelJson): ServiceInputCheck {
  const routes = Object.entries(model.shapes)
    .filter(([id, shape]) => shape.type === "operation" && shape.traits?.["smithy.api#http"] && InputConstraintsByOperation[id.split("#")[1]])
    .map(([id, shape]) => ({ segments: String(shape.traits!["smithy.api#http"].uri).split("/"), constraints: InputConstraintsByOperation[id.split("#")[1]] }));
  if (routes.length === 0) throw new Error("no operation of the model has both an @http trait and a constraint table");
  return (rawPath) => {
    const segments = rawPath.split("?", 1)[0].split("/");
    for (const route of routes) {
      if (segments.length !== route.segments.length) continue;
      const labels: Record<string, string> = {};
      let matches = true;
      for (let i = 0; i < segments.length && matches; i++) {
        const label = /^\{(\w+)\}$/.exec(route.segments[i])?.[1];
        if (label === undefined) matches = segments[i] === route.segments[i];
        else {
          try {
            labels[label] = decodeURIComponent(segments[i]);
          } catch {
            return "The request path is not valid percent-encoding";
          }
        }
      }
      if (!matches) continue;
      const violation = findInputViolation(route.constraints, labels, { level: "strict" });
      return violation && `1 validation error detected: ${violation.message}`;
    }
    return undefined;
  };
}

export interface SigningExpectation {
  credentials: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  service: string;
  region: string;
}

const AUTH_RE = /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, SignedHeaders=([^,]+), Signature=([0-9a-f]{64})$/;

/** Recomputes the signature from the received request alone and compares it with the Authorization header. */
export async function verifySigV4(req: RecordedRequest, expected: SigningExpectation): Promise<string> {
  const auth = String(req.headers.authorization ?? "");
  const m = AUTH_RE.exec(auth);
  if (!m) return `Authorization is not a SigV4 header: ${auth ? auth.slice(0, 60) : "(absent)"}`;
  const [, keyId, day, region, service, signedList] = m;
  if (keyId !== expected.credentials.accessKeyId) return `signed with access key ${keyId}`;
  if (region !== expected.region) return `scope region is ${region}, expected ${expected.region}`;
  if (service !== expected.service) return `scope service is ${service}, expected ${expected.service}`;
  const amzDate = String(req.headers["x-amz-date"] ?? "");
  const d = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(amzDate);
  if (!d) return `x-amz-date is ${amzDate || "(absent)"}`;
  if (`${d[1]}${d[2]}${d[3]}` !== day) return `scope date ${day} differs from x-amz-date ${amzDate}`;
  const signingDate = new Date(Date.UTC(+d[1], +d[2] - 1, +d[3], +d[4], +d[5], +d[6]));

  const headers: Record<string, string> = {};
  for (const name of signedList.split(";")) {
    const value = req.headers[name];
    if (value === undefined) return `signed header ${name} did not arrive`;
    headers[name] = Array.isArray(value) ? value.join(",") : value;
  }
  const [path, search = ""] = req.rawPath.split("?", 2);
  const query: Record<string, string | string[]> = {};
  for (const [k, v] of new URLSearchParams(search)) {
    const prev = query[k];
    query[k] = prev === undefined ? v : ([] as string[]).concat(prev, v);
  }
  const signer = new SignatureV4({ credentials: expected.credentials, region, service, sha256: Sha256, uriEscapePath: true });
  const signed = await signer.sign(
    new HttpRequest({ method: req.method, protocol: "http:", hostname: "placeholder", path, query, headers, body: req.body || undefined }),
    { signingDate },
  );
  return signed.headers.authorization === auth ? "valid" : `signature mismatch: expected ${signed.headers.authorization}`;
}

export interface ProtocolServer {
  endpoint: string;
  /** Resolves once every faulted response of this vector was closed by its client, or after `ms`. */
  untilClientsClosed(ms: number): Promise<void>;
  /** Everything that reached the server since the last load(), preflights excluded. */
  exchanges: Exchange[];
  preflights: Preflight[];
  /**
   * Scripts the answers for the next vector and forgets the previous vector's exchanges. Connections a fault of the
   * previous vector left open are destroyed first: a client that gave up (timeout) may not have closed its request,
   * and Chromium holds later GETs to the same URL behind such a pending one (its HTTP cache lock).
   */
  load(script: { responses: ResponseStep[]; region: string }): void;
  close(): Promise<void>;
}

export async function startProtocolServer(options: {
  cors: CorsPolicy;
  signing: Omit<SigningExpectation, "region">;
  /** The service's own input check, run on every signed request before the vector's script. */
  inputCheck: ServiceInputCheck;
}): Promise<ProtocolServer> {
  const { cors } = options;
  let script: { responses: ResponseStep[]; region: string } = { responses: [], region: "" };
  const exchanges: Exchange[] = [];
  const preflights: Preflight[] = [];
  const faulted = new Set<ServerResponse>();

  const corsHeaders = (req: IncomingMessage): Record<string, string> =>
    req.headers.origin ? { "access-control-allow-origin": "*", "access-control-expose-headers": cors.exposedHeaders.join(", ") } : {};

  const answerPreflight = (req: IncomingMessage, res: ServerResponse) => {
    const requestMethod = req.headers["access-control-request-method"];
    const requestHeaders = String(req.headers["access-control-request-headers"] ?? "").split(",").map((h) => h.trim().toLowerCase()).filter(Boolean);
    const wildcard = cors.allowedHeaders.includes("*");
    const notAllowed = requestHeaders.filter((h) => !cors.allowedHeaders.includes(h) && !(wildcard && h !== "authorization"));
    const refused = !cors.allowedMethods.includes(String(requestMethod)) ? `method ${requestMethod} not allowed`
      : notAllowed.length ? `headers not allowed: ${notAllowed.join(", ")}` : "";
    preflights.push({ rawPath: req.url ?? "", origin: req.headers.origin, requestMethod, requestHeaders, refused });
    if (refused) {
      // No CORS headers: the browser must then refuse the actual request, which fails the vector loudly.
      res.writeHead(403, { "content-type": "text/plain" });
      res.end(refused);
      return;
    }
    res.writeHead(204, {
      "access-control-allow-origin": "*",
      "access-control-allow-methods": cors.allowedMethods.join(", "),
      "access-control-allow-headers": cors.allowedHeaders.join(", "),
      "access-control-max-age": String(cors.maxAge),
    });
    res.end();
  };

  const server = createServer((req, res) => {
    if (req.method === "OPTIONS" && req.headers["access-control-request-method"]) return answerPreflight(req, res);
    const socketReused = req.socket.bytesWritten > 0;
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", async () => {
      const request: RecordedRequest = { method: req.method ?? "", rawPath: req.url ?? "", headers: req.headers, body: Buffer.concat(chunks).toString("utf8") };
      const exchange: Exchange = { request, signature: "", answered: "", socketReused };
      const step = script.responses[Math.min(exchanges.length, script.responses.length - 1)];
      exchanges.push(exchange);
      exchange.signature = await verifySigV4(request, { ...options.signing, region: script.region }).catch((e) => `verifier failed: ${e}`);
      if (exchange.signature !== "valid") {
        // What the real service does with a bad signature; the runner also fails the vector on `signature`.
        exchange.answered = "403 (bad signature)";
        res.writeHead(403, { ...corsHeaders(req), "content-type": "application/json", "x-amzn-errortype": "InvalidSignatureException" });
        res.end(JSON.stringify({ message: `test server: ${exchange.signature}` }));
        return;
      }
      const refused = options.inputCheck(request.rawPath);
      if (refused !== undefined) {
        // What the service answers for input the client sent unchecked (its default mode leaves patterns and maximums
        // to the service); not retried, so the vector sees one request.
        exchange.answered = "400 (ValidationException from the input check)";
        res.writeHead(400, { ...corsHeaders(req), "content-type": "application/json", "x-amzn-errortype": "ValidationException", "x-amzn-requestid": "req-input-check" });
        res.end(JSON.stringify({ message: refused }));
        return;
      }
      if (!step) {
        exchange.answered = "599 (no script)";
        res.writeHead(599, corsHeaders(req));
        res.end("test server: no response scripted for this vector");
        return;
      }
      if ("fault" in step) {
        const fault = FAULTS[step.fault];
        exchange.answered = `fault:${step.fault}`;
        faulted.add(res);
        exchange.closedByClient = false;
        const onClose = () => {
          // Closed before the response ended and not by load()/close() below: the client hung up.
          if (faulted.has(res) && !res.writableFinished) exchange.closedByClient = true;
          faulted.delete(res);
        };
        // On a loaded machine the client's deadline can fire before this server, in the same process, has read the
        // request: the connection is then gone already, and its "close" event has been and gone too.
        if (req.socket.destroyed) onClose();
        else res.on("close", onClose);
        if (!fault) {
          res.writeHead(599, corsHeaders(req));
          res.end(`test server: unknown fault ${step.fault}`);
          return;
        }
        await fault({ req, res, params: step.params ?? {}, corsHeaders: corsHeaders(req) });
        return;
      }
      if (step.delayMs) await new Promise((r) => setTimeout(r, step.delayMs));
      exchange.answered = String(step.status);
      res.writeHead(step.status, { ...corsHeaders(req), ...(step.headers ?? {}) });
      res.end(step.body ?? "");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    exchanges,
    preflights,
    async untilClientsClosed(ms) {
      for (const deadline = Date.now() + ms; faulted.size > 0 && Date.now() < deadline; ) await new Promise((r) => setTimeout(r, 10));
    },
    load(next) {
      const leftovers = [...faulted];
      faulted.clear(); // first, so the close events below are not taken for the client hanging up
      for (const res of leftovers) res.destroy();
      script = next;
      exchanges.splice(0);
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
