// The protocol runners pass only if these judges can fail. Each case hands the shared assertions a report that breaks
// one rule (a leaked secret, a TypeError, a bad signature, a wrong path, a request that should never have been sent)
// and expects the assertion to throw; a matching report must pass.
import { CALL_VECTORS } from "./vectors/get-audience-model";
import type { CallVector } from "./vectors/types";
import { TEST_CREDENTIALS } from "./support/credentials";
import type { Exchange } from "./support/protocol-server";
import { assertNoSecrets, assertVector } from "./support/vector-assertions";
import type { ErrorReport, VectorReport } from "./support/vector-executor";

const byName = (prefix: string): CallVector => {
  const v = CALL_VECTORS.find((x) => x.name.startsWith(prefix));
  if (!v) throw new Error(`no vector named ${prefix}`);
  return v;
};

const LABEL = byName("label: ':' becomes %3A");
const REJECTED = byName("input: an empty audienceModelArn");

const exchangeFor = (v: CallVector, overrides: Partial<Exchange["request"]> = {}, signature = "valid"): Exchange => ({
  request: {
    method: "GET",
    rawPath: v.expect.request!.rawPath,
    headers: Object.fromEntries(Object.entries(v.expect.request!.headers ?? {}).map(([k, want]) => [k, want === true ? "x" : want])),
    body: "",
    ...overrides,
  },
  signature,
  answered: "200",
});

const okReport = (v: CallVector): VectorReport => ({
  output: v.expect.output,
  metadata: { ...v.expect.metadata },
  logs: ['info {"commandName":"GetAudienceModelCommand"}'],
  elapsedMs: 5,
  handlerUsed: true,
  runtime: "node",
});

const errorReport = (fields: Partial<ErrorReport>): ErrorReport => ({
  constructorName: "X", name: "X", message: "m", isTypeError: false, instanceOf: ["Error"], fields: {}, dump: "{}", ...fields,
});

describe("protocol vector assertions can fail", () => {
  it("accept a report that matches the label vector", () => {
    expect(() => assertVector(LABEL, okReport(LABEL), [exchangeFor(LABEL)], "node-http")).not.toThrow();
  });

  it("reject a path whose '/' was not encoded", () => {
    const wrong = exchangeFor(LABEL, { rawPath: LABEL.expect.request!.rawPath.replace(/%2F/g, "/") });
    expect(() => assertVector(LABEL, okReport(LABEL), [wrong], "node-http")).toThrow();
  });

  it("reject a request whose signature did not verify", () => {
    expect(() => assertVector(LABEL, okReport(LABEL), [exchangeFor(LABEL, {}, "signature mismatch")], "node-http")).toThrow();
  });

  it("reject a secret key or session token in a log line or an error field", () => {
    for (const secret of [TEST_CREDENTIALS.secretAccessKey, TEST_CREDENTIALS.sessionToken]) {
      expect(() => assertNoSecrets({ ...okReport(LABEL), logs: [`debug credentials ${secret}`] })).toThrow();
      expect(() => assertNoSecrets({ logs: [], elapsedMs: 1, error: errorReport({ dump: `{"token":"${secret}"}` }) })).toThrow();
    }
  });

  it("reject a TypeError, whatever else the error carries", () => {
    const v = byName("broken body: an HTML 502");
    const report: VectorReport = { logs: [], elapsedMs: 1, handlerUsed: true, runtime: "node", error: errorReport({ isTypeError: true, name: "SyntaxError", instanceOf: ["Error", "SyntaxError", "TypeError"], metadata: { httpStatusCode: 502, requestId: "req-502" }, rawResponse: { statusCode: 502, headers: { "content-type": "text/html" } } }) };
    const ex: Exchange = { request: { method: "GET", rawPath: "/x", headers: {}, body: "" }, signature: "valid", answered: "502" };
    expect(() => assertVector(v, report, [ex], "node-http")).toThrow();
  });

  it("reject bad input that was sent anyway, or refused with a plain Error", () => {
    const typed = errorReport({
      name: "InputValidationError", message: "audienceModelArn must be between 20 and 2048 characters long", fault: "client",
      instanceOf: ["Error", "InputValidationError"], fields: { memberPath: "audienceModelArn", constraint: "length" },
    });
    const sent: Exchange = { request: { method: "GET", rawPath: "/audience-model/", headers: {}, body: "" }, signature: "valid", answered: "200" };
    expect(() => assertVector(REJECTED, { logs: [], elapsedMs: 1, handlerUsed: true, runtime: "node", error: typed }, [], "node-http")).not.toThrow();
    expect(() => assertVector(REJECTED, { logs: [], elapsedMs: 1, handlerUsed: true, runtime: "node", error: typed }, [sent], "node-http")).toThrow();
    const plain = errorReport({ name: "Error", message: "audienceModelArn is missing", instanceOf: ["Error"] });
    expect(() => assertVector(REJECTED, { logs: [], elapsedMs: 1, handlerUsed: true, runtime: "node", error: plain }, [], "node-http")).toThrow();
  });

  it("reject a run on a transport other than the one under test", () => {
    expect(() => assertVector(LABEL, { ...okReport(LABEL), handlerUsed: false }, [exchangeFor(LABEL)], "node-http")).toThrow();
    expect(() => assertVector(LABEL, okReport(LABEL), [exchangeFor(LABEL)], "fetch-chromium")).toThrow();
  });
});
