// Verifies AWS Signature Version 4 on an incoming request by recomputing it with @smithy/signature-v4,
// the signer the generated client uses, from the headers the caller says it signed.
import { Sha256 } from "@aws-crypto/sha256-js";
import { HttpRequest } from "@smithy/protocol-http";
import { SignatureV4 } from "@smithy/signature-v4";
import { createHash, timingSafeEqual } from "node:crypto";

/** A key pair the endpoint accepts. With `sessionToken`, requests must carry that exact token. */
export interface AcceptedCredential {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

export interface SigV4VerificationOptions {
  /** Key pairs whose signatures are accepted; any other access key is denied. */
  credentials: readonly AcceptedCredential[];
  /** When set, the credential scope must name this region. */
  region?: string;
  /** How far the request's x-amz-date may be from the endpoint's clock. Default 5 minutes. */
  maxClockSkewMs?: number;
}

/**
 * Request headers keyed by lower-case name, as Node's `IncomingMessage.headers` holds them. Declared here rather than
 * as `IncomingHttpHeaders` so that this package's declarations do not need `@types/node` in a consumer.
 */
export type RequestHeaders = Readonly<Record<string, string | string[] | undefined>>;

export interface RequestToVerify {
  method: string;
  /** The request target as received: path and query, percent-encoding intact. */
  rawUrl: string;
  headers: RequestHeaders;
  body: Uint8Array;
}

const AUTH = /^AWS4-HMAC-SHA256 Credential=([^/,\s]+)\/(\d{8})\/([^/,\s]+)\/([^/,\s]+)\/aws4_request,\s*SignedHeaders=([a-z0-9;._-]+),\s*Signature=([0-9a-f]{64})$/;
const AMZ_DATE = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;

const header = (headers: RequestHeaders, name: string): string | undefined => {
  const v = headers[name];
  return Array.isArray(v) ? v.join(",") : v;
};

const sameText = (a: string, b: string): boolean =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * Returns why the request's signature is not acceptable, or `undefined` when it verifies.
 * `service` is the signing name the scope must carry; `now` is the endpoint's clock in ms.
 */
export async function verifySigV4(
  req: RequestToVerify,
  options: SigV4VerificationOptions,
  service: string,
  now: number,
): Promise<string | undefined> {
  const authorization = header(req.headers, "authorization");
  if (!authorization) return "Missing Authentication Token: the request is not signed";
  const parts = AUTH.exec(authorization);
  if (!parts) return "Authorization header is not a well-formed AWS4-HMAC-SHA256 signature";
  const [, accessKeyId, scopeDate, scopeRegion, scopeService, signedHeaderList, signature] = parts;

  if (scopeService !== service) return `Credential should be scoped to correct service: '${service}'`;
  if (options.region !== undefined && scopeRegion !== options.region) {
    return `Credential should be scoped to a valid region: '${options.region}'`;
  }
  const credential = options.credentials.find((c) => c.accessKeyId === accessKeyId);
  if (!credential) return "The security token included in the request is invalid (unknown access key)";
  const token = header(req.headers, "x-amz-security-token");
  if (credential.sessionToken !== undefined && token !== credential.sessionToken) {
    return "The security token included in the request is invalid (session token mismatch)";
  }

  const amzDate = header(req.headers, "x-amz-date") ?? "";
  const d = AMZ_DATE.exec(amzDate);
  if (!d) return "x-amz-date is missing or not in the form YYYYMMDDTHHMMSSZ";
  if (amzDate.slice(0, 8) !== scopeDate) return "Credential scope date does not match x-amz-date";
  const signingDate = new Date(Date.UTC(+d[1], +d[2] - 1, +d[3], +d[4], +d[5], +d[6]));
  const skew = options.maxClockSkewMs ?? 5 * 60_000;
  if (Math.abs(signingDate.getTime() - now) > skew) return "Signature expired: x-amz-date is too far from the current time";

  const signedHeaders = signedHeaderList.split(";");
  if (!signedHeaders.includes("host")) return "The host header must be signed";
  const headers: Record<string, string> = {};
  for (const name of signedHeaders) {
    const value = header(req.headers, name);
    if (value === undefined) return `Signed header '${name}' is missing from the request`;
    headers[name] = value;
  }

  // The signer trusts x-amz-content-sha256 as the payload hash, so it is checked against the body here.
  const declaredHash = header(req.headers, "x-amz-content-sha256");
  if (declaredHash !== undefined && declaredHash !== "UNSIGNED-PAYLOAD") {
    const actual = createHash("sha256").update(req.body).digest("hex");
    if (declaredHash !== actual) return "x-amz-content-sha256 does not match the request body";
  }

  const queryStart = req.rawUrl.indexOf("?");
  const path = queryStart < 0 ? req.rawUrl : req.rawUrl.slice(0, queryStart);
  const query: Record<string, string | string[]> = {};
  if (queryStart >= 0) {
    for (const [k, v] of new URLSearchParams(req.rawUrl.slice(queryStart + 1))) {
      const prior = query[k];
      query[k] = prior === undefined ? v : Array.isArray(prior) ? [...prior, v] : [prior, v];
    }
  }
  const request = new HttpRequest({ method: req.method, protocol: "http:", hostname: "127.0.0.1", path, query, headers, body: req.body });
  const signer = new SignatureV4({
    service: scopeService,
    region: scopeRegion,
    sha256: Sha256,
    // Take the payload hash from the header when the caller sent one; never add headers of our own.
    applyChecksum: false,
    credentials: { accessKeyId, secretAccessKey: credential.secretAccessKey, sessionToken: token },
  });
  const recomputed = await signer.sign(request, { signingDate, signableHeaders: new Set(signedHeaders) });
  const expected = AUTH.exec(String(recomputed.headers.authorization));
  if (!expected || expected[5] !== signedHeaderList || !sameText(expected[6], signature)) {
    return "The request signature we calculated does not match the signature you provided";
  }
  return undefined;
}
