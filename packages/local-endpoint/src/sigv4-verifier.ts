// Verifies AWS Signature Version 4 on an incoming request by recomputing it with @smithy/signature-v4,
// the signer the generated client uses, from the headers the caller says it signed.
//
// Failures carry the error codes AWS's SigV4 front end answers for restJson1 services, all with HTTP 403,
// before the service's own code runs (so no operation models them): see the package README, "Error codes".
import { Sha256 } from "@aws-crypto/sha256-js";
import { HttpRequest } from "@smithy/protocol-http";
import { SignatureV4 } from "@smithy/signature-v4";
import { createHash, timingSafeEqual } from "node:crypto";

/** A key pair the endpoint accepts. With `sessionToken`, requests must carry that exact token. */
export interface AcceptedCredential {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
  /**
   * `false`: signatures made with this key verify, but the key has no permission for the operation, so every
   * call answers the modeled AccessDeniedException (403), as IAM does. Default `true`.
   */
  authorized?: boolean;
}

export interface SigV4VerificationOptions {
  /** Key pairs whose signatures are accepted; any other access key is refused (UnrecognizedClientException). */
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

/** The error codes AWS answers, with 403, for a request its SigV4 check refuses. */
export type SigV4FailureCode =
  /** No Authorization header at all. */
  | "MissingAuthenticationTokenException"
  /** An Authorization header that is not a complete AWS4-HMAC-SHA256 signature, or a required part is missing. */
  | "IncompleteSignatureException"
  /** A well-formed signature that does not verify: wrong secret, scope, date, or a request changed after signing. */
  | "InvalidSignatureException"
  /** An access key (or session token) the endpoint does not know. */
  | "UnrecognizedClientException";

/** The HTTP status AWS uses for every {@link SigV4FailureCode} on restJson1 services. */
export const SIGV4_FAILURE_STATUS = 403;

export type SigV4Verdict =
  | { ok: true; credential: AcceptedCredential }
  | { ok: false; code: SigV4FailureCode; message: string };

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

const fail = (code: SigV4FailureCode, message: string): SigV4Verdict => ({ ok: false, code, message });

const INVALID_TOKEN = "The security token included in the request is invalid.";
const MISMATCH =
  "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method.";

/** `20260301T100000Z`, the form x-amz-date and AWS's expiry messages use. */
const amzDate = (ms: number): string => new Date(ms).toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");

/**
 * Verifies the request's signature: the accepted credential, or the error code and message AWS would answer.
 * `service` is the signing name the scope must carry; `now` is the endpoint's clock in ms.
 */
export async function verifySigV4(
  req: RequestToVerify,
  options: SigV4VerificationOptions,
  service: string,
  now: number,
): Promise<SigV4Verdict> {
  const authorization = header(req.headers, "authorization");
  if (!authorization) return fail("MissingAuthenticationTokenException", "Missing Authentication Token");
  const parts = AUTH.exec(authorization);
  if (!parts) {
    return fail("IncompleteSignatureException", "Authorization header is not a complete AWS4-HMAC-SHA256 signature: it needs Credential, SignedHeaders and Signature.");
  }
  const [, accessKeyId, scopeDate, scopeRegion, scopeService, signedHeaderList, signature] = parts;

  // AWS looks the key up before it checks anything the key signed.
  const credential = options.credentials.find((c) => c.accessKeyId === accessKeyId);
  if (!credential) return fail("UnrecognizedClientException", INVALID_TOKEN);
  const token = header(req.headers, "x-amz-security-token");
  if (credential.sessionToken !== undefined && token !== credential.sessionToken) return fail("UnrecognizedClientException", INVALID_TOKEN);

  if (scopeService !== service) return fail("InvalidSignatureException", `Credential should be scoped to correct service: '${service}'.`);
  if (options.region !== undefined && scopeRegion !== options.region) {
    return fail("InvalidSignatureException", `Credential should be scoped to a valid region, not '${scopeRegion}'.`);
  }

  const signedAt = header(req.headers, "x-amz-date") ?? "";
  const d = AMZ_DATE.exec(signedAt);
  if (!d) return fail("IncompleteSignatureException", "Authorization header requires an 'X-Amz-Date' header in the form YYYYMMDDTHHMMSSZ.");
  if (signedAt.slice(0, 8) !== scopeDate) {
    return fail("InvalidSignatureException", `Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '${scopeDate}' != '${signedAt.slice(0, 8)}'.`);
  }
  const signingDate = new Date(Date.UTC(+d[1], +d[2] - 1, +d[3], +d[4], +d[5], +d[6]));
  const skew = options.maxClockSkewMs ?? 5 * 60_000;
  const minutes = `${Math.round(skew / 60_000)} min.`;
  // Worded as AWS words it; the JavaScript SDK reads the code (and the Date header) to correct its clock and retry.
  if (signingDate.getTime() < now - skew) {
    return fail("InvalidSignatureException", `Signature expired: ${signedAt} is now earlier than ${amzDate(now - skew)} (${amzDate(now)} - ${minutes})`);
  }
  if (signingDate.getTime() > now + skew) {
    return fail("InvalidSignatureException", `Signature not yet current: ${signedAt} is still later than ${amzDate(now + skew)} (${amzDate(now)} + ${minutes})`);
  }

  const signedHeaders = signedHeaderList.split(";");
  if (!signedHeaders.includes("host")) return fail("IncompleteSignatureException", "'Host' must be a 'SignedHeader' in the AWS Authorization.");
  const headers: Record<string, string> = {};
  for (const name of signedHeaders) {
    const value = header(req.headers, name);
    if (value === undefined) return fail("IncompleteSignatureException", `Signed header '${name}' is missing from the request.`);
    headers[name] = value;
  }

  // The signer trusts x-amz-content-sha256 as the payload hash, so it is checked against the body here.
  const declaredHash = header(req.headers, "x-amz-content-sha256");
  if (declaredHash !== undefined && declaredHash !== "UNSIGNED-PAYLOAD") {
    const actual = createHash("sha256").update(req.body).digest("hex");
    if (declaredHash !== actual) return fail("InvalidSignatureException", "The provided 'x-amz-content-sha256' header does not match what was computed.");
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
  if (!expected || expected[5] !== signedHeaderList || !sameText(expected[6], signature)) return fail("InvalidSignatureException", MISMATCH);
  return { ok: true, credential };
}
