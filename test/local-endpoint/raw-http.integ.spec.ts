// Runs vectors.ts over plain fetch, signed here with @smithy/signature-v4, and checks the wire format the
// endpoint answers with: status, x-amzn-ErrorType, x-amzn-RequestId and the JSON body.
import { Sha256 } from "@aws-crypto/sha256-js";
import { startLocalEndpoint, type LocalEndpoint } from "@cleanroomsml-sdk/local-endpoint";
import { HttpRequest } from "@smithy/protocol-http";
import { SignatureV4 } from "@smithy/signature-v4";
import { signingSetup, VECTOR_ENDPOINT_OPTIONS } from "./endpoint-fixture";
import { VECTORS, type EndpointVector } from "./vectors";

let endpoint: LocalEndpoint;
beforeAll(async () => {
  endpoint = await startLocalEndpoint(VECTOR_ENDPOINT_OPTIONS);
});
afterAll(() => endpoint.close());

async function send(v: EndpointVector): Promise<Response> {
  const url = new URL(endpoint.endpoint);
  const path = `/audience-model/${encodeURIComponent(v.arn)}`;
  let headers: Record<string, string> = { host: url.host, "x-amz-user-agent": "raw-runner/1" };
  if (v.signing !== "unsigned") {
    const { credentials, region, clockOffsetMs } = signingSetup(v.signing);
    const signer = new SignatureV4({ credentials, region, service: "cleanrooms-ml", sha256: Sha256 });
    const request = new HttpRequest({ method: "GET", protocol: "http:", hostname: url.hostname, port: Number(url.port), path, headers });
    const signed = await signer.sign(request, { signingDate: new Date(Date.now() + clockOffsetMs) });
    headers = signed.headers;
    if (v.signing === "tampered-header") headers["x-amz-user-agent"] = "raw-runner/2";
    if (v.signing === "truncated-authorization") headers.authorization = headers.authorization.replace(/, ?Signature=[0-9a-f]+$/, "");
  }
  // fetch sets Host itself and refuses to be told.
  const { host: _host, ...rest } = headers;
  return fetch(`${endpoint.endpoint}${path}`, { headers: rest });
}

describe("local endpoint over raw HTTP", () => {
  it.each(VECTORS.map((v) => [v.name, v] as const))("%s", async (_name, v) => {
    const res = await send(v);
    const body = await res.json();
    expect(res.status).toBe(v.expect.status);
    expect(res.headers.get("content-type")).toBe("application/json");
    expect(res.headers.get("x-amzn-requestid")).toMatch(/^[0-9a-f-]{36}$/);
    if (v.expect.status === 200) {
      expect(res.headers.get("x-amzn-errortype")).toBeNull();
      expect(body).toMatchObject({ audienceModelArn: v.arn, status: v.expect.modelStatus, name: v.expect.name });
      expect(new Date(body.createTime).toISOString()).toBe(body.createTime);
    } else {
      expect(res.headers.get("x-amzn-errortype")).toBe(v.expect.errorType);
      expect(Object.keys(body)).toEqual(["message"]);
      expect(body.message).toContain(v.expect.messageIncludes);
    }
  });
});
