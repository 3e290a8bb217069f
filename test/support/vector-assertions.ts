// Judges a VectorReport against its vector, identically for every transport. Besides the vector's own expectations,
// every call vector is held to three standing rules: every request that reached the server carried a valid SigV4
// signature, no error is ever a TypeError, and neither the secret key nor the session token shows up in any log line,
// error message or enumerable error field.
import type { CallVector, EndpointVector, TransportName, Vector } from "../vectors/types";
import { TEST_CREDENTIALS } from "./credentials";
import type { Exchange } from "./protocol-server";
import type { VectorReport } from "./vector-executor";

const SECRETS = [TEST_CREDENTIALS.secretAccessKey, TEST_CREDENTIALS.sessionToken];

export function assertNoSecrets(report: VectorReport): void {
  const places = [...report.logs.map((l, i) => [`log line ${i}`, l]), ["error message", report.error?.message ?? ""], ["error fields", report.error?.dump ?? ""]];
  for (const [where, text] of places) for (const secret of SECRETS) expect({ where, leaks: text.includes(secret) }).toEqual({ where, leaks: false });
}

function assertCall(v: CallVector, report: VectorReport, exchanges: Exchange[], on: TransportName): void {
  const x = v.expectOn?.[on] ?? v.expect;
  expect({ handlerUnderTestUsed: report.handlerUsed }).toEqual({ handlerUnderTestUsed: true });
  expect({ runtime: report.runtime }).toEqual({ runtime: on === "fetch-chromium" ? "browser" : "node" });
  expect(report.unsettled).toBeUndefined();
  expect(exchanges.map((e) => e.signature)).toEqual(exchanges.map(() => "valid"));
  expect({ requestsSent: exchanges.length }).toEqual({ requestsSent: x.requests });

  if (x.request) {
    const got = exchanges[0].request;
    expect({ method: got.method, rawPath: got.rawPath, body: got.body }).toEqual({ method: x.request.method, rawPath: x.request.rawPath, body: x.request.body });
    for (const [name, want] of Object.entries(x.request.headers ?? {})) {
      expect({ header: name, present: got.headers[name] !== undefined }).toEqual({ header: name, present: true });
      if (typeof want === "string") expect({ header: name, value: got.headers[name] }).toEqual({ header: name, value: want });
    }
    for (const name of x.request.absentHeaders ?? []) expect({ header: name, value: got.headers[name] }).toEqual({ header: name, value: undefined });
  }

  if (report.error) expect({ isTypeError: report.error.isTypeError, message: report.error.message }).toEqual({ isTypeError: false, message: report.error.message });

  if (x.output) {
    expect(report.error).toBeUndefined();
    expect(report.output).toEqual(x.output);
  }
  if (x.error) {
    const e = report.error;
    expect(e).toBeDefined();
    const want = x.error;
    for (const cls of want.class === undefined ? [] : [want.class].flat()) expect(e!.instanceOf).toContain(cls);
    if (want.name !== undefined) expect(e!.name).toBe(want.name);
    if (want.fault !== undefined) expect(e!.fault).toBe(want.fault);
    if (want.message !== undefined) expect(e!.message).toBe(want.message);
    if (want.messageIncludes !== undefined) expect(e!.message).toContain(want.messageIncludes);
    if (want.httpStatusCode !== undefined) expect(e!.metadata?.httpStatusCode).toBe(want.httpStatusCode);
    if (want.requestId !== undefined) expect(e!.metadata?.requestId).toBe(want.requestId);
    if (want.rawResponse) {
      expect(e!.rawResponse?.statusCode).toBe(want.rawResponse.statusCode);
      for (const [k, val] of Object.entries(want.rawResponse.headers ?? {})) expect(e!.rawResponse?.headers[k]).toBe(val);
    }
    if (want.fields) expect(e!.fields).toMatchObject(want.fields);
    if (want.responseBodyText !== undefined) expect(e!.responseBodyText).toBe(want.responseBodyText);
    if (want.clientSideValidation) {
      // A typed error: an exported class of the package more specific than Error, naming the offending member.
      const typed = e!.instanceOf.filter((n) => !["Error", "TypeError", "SyntaxError", "RangeError"].includes(n));
      expect({ name: e!.name, exportedErrorClasses: typed.length > 0 }).toEqual({ name: e!.name, exportedErrorClasses: true });
      expect(e!.name).not.toBe("Error");
      expect(e!.message).toContain(want.clientSideValidation.messageIncludes);
    }
  }
  // What the server answered and whether the connection was a reused one are there to explain a failure.
  const closing = (e: Exchange | undefined) => ({ closedByClient: e?.closedByClient, answered: e?.answered, socketReused: e?.socketReused });
  if (x.closedByClient !== undefined) expect(closing(exchanges[0])).toEqual({ ...closing(exchanges[0]), closedByClient: x.closedByClient });
  if (x.everyRequestClosedByClient) expect(exchanges.map(closing)).toEqual(exchanges.map((e) => ({ ...closing(e), closedByClient: true })));
  // The browser runner cannot see a process's RSS; both Node runners must report it.
  if (x.maxRssGrowthBytes !== undefined && on !== "fetch-chromium") {
    expect(report.rssGrowthBytes).toBeDefined();
    expect({ rssGrowthBytes: report.rssGrowthBytes, within: report.rssGrowthBytes! <= x.maxRssGrowthBytes }).toEqual({ rssGrowthBytes: report.rssGrowthBytes, within: true });
  }
  const metadata = report.error ? report.error.metadata : report.metadata;
  if (x.metadata) expect(metadata).toMatchObject(x.metadata);
  if (x.minElapsedMs !== undefined) expect(report.elapsedMs).toBeGreaterThanOrEqual(x.minElapsedMs);
  if (x.maxElapsedMs !== undefined) expect(report.elapsedMs).toBeLessThanOrEqual(x.maxElapsedMs);
  assertNoSecrets(report);
}

function assertEndpoint(v: EndpointVector, report: VectorReport): void {
  if (v.params.Region !== undefined) expect(report.viaClient).toBeDefined();
  if ("error" in v.expect) {
    expect(report.endpoint).toBeUndefined();
    expect(report.error?.message).toBe(v.expect.error);
    if (report.viaClient) expect(report.viaClient).toEqual({ error: v.expect.error });
    return;
  }
  expect(report.error).toBeUndefined();
  // The resolver hands back a URL object; compare normalised forms so "https://example.com" equals ".../".
  const want = new URL(v.expect.url);
  expect(report.endpoint?.url).toBe(want.href);
  if (v.expect.headers) expect(report.endpoint?.headers).toEqual(v.expect.headers);
  if (report.viaClient) {
    // The request went to the resolved host, with the operation's path appended to the endpoint's own path.
    expect(report.viaClient.error).toBeUndefined();
    expect(report.viaClient.origin).toBe(want.origin);
    expect(report.viaClient.path?.startsWith(`${want.pathname.replace(/\/$/, "")}/audience-model/`)).toBe(true);
  }
}

export function assertVector(v: Vector, report: VectorReport, exchanges: Exchange[], on: TransportName): void {
  if (v.kind === "endpoint") assertEndpoint(v, report);
  else assertCall(v, report, exchanges, on);
}
