import { SignatureV4 } from "@smithy/signature-v4";
import { HttpRequest } from "@smithy/protocol-http";
import { createHash, createHmac } from "node:crypto";

import { SharedSignerState } from "./sharedSigner";

/** Node's SHA-256 in the shape SignatureV4 wants (a ChecksumConstructor). */
class Sha256 {
  private readonly hash;
  constructor(secret?: string | Uint8Array) {
    this.hash = secret === undefined ? createHash("sha256") : createHmac("sha256", secret);
  }
  update(data: string | Uint8Array) {
    this.hash.update(data);
  }
  async digest() {
    return new Uint8Array(this.hash.digest());
  }
}

function config(extra: Record<string, unknown> = {}) {
  return {
    credentials: async () => ({ accessKeyId: "AKID1", secretAccessKey: "secret1" }),
    region: async () => "us-east-1",
    defaultSigningName: "svc",
    serviceId: "Svc",
    sha256: Sha256,
    signingEscapePath: true,
    ...extra,
  } as Record<string, any>;
}

const request = () =>
  new HttpRequest({ method: "GET", protocol: "https:", hostname: "svc.us-east-1.amazonaws.com", path: "/a b", headers: { host: "svc.us-east-1.amazonaws.com" } });
const signingDate = new Date(Date.UTC(2026, 2, 1, 10));

describe("SharedSignerState", () => {
  it("hands out one SignatureV4 while nothing it was built from changes, and writes the signing region and name once", async () => {
    const c = config();
    const state = new SharedSignerState(c);
    state.bind(c);
    const first = await state.signer(undefined);
    expect(first).toBeInstanceOf(SignatureV4);
    expect(await state.signer({ name: "sigv4", signingName: "svc", signingRegion: "us-east-1", properties: {} } as never)).toBe(first);
    expect(c).toMatchObject({ signingRegion: "us-east-1", signingName: "svc" });
  });

  it("signs exactly as a SignatureV4 built the stock way from the same config", async () => {
    const c = config();
    const state = new SharedSignerState(c);
    state.bind(c);
    const ours = await (await state.signer(undefined)).sign(request(), { signingDate });
    const stock = await new SignatureV4({ ...c, region: "us-east-1", service: "svc", uriEscapePath: true } as never).sign(request(), { signingDate });
    expect(ours.headers).toEqual(stock.headers);
  });

  it("builds a new signer when the credentials provider is replaced, and signs with the new key", async () => {
    const c = config();
    const state = new SharedSignerState(c);
    state.bind(c);
    const first = await state.signer(undefined);
    c.credentials = async () => ({ accessKeyId: "AKID2", secretAccessKey: "secret2" });
    const second = await state.signer(undefined);
    expect(second).not.toBe(first);
    const signed = (await second.sign(request(), { signingDate })) as HttpRequest;
    expect(signed.headers.authorization).toContain("Credential=AKID2/");
  });

  it("asks a rotating provider again on every signature", async () => {
    let n = 0;
    const c = config({ credentials: async () => ({ accessKeyId: `AKIDROT${++n}`, secretAccessKey: `s${n}` }) });
    const state = new SharedSignerState(c);
    state.bind(c);
    const keys = [];
    for (let i = 0; i < 3; i++) {
      const signed = (await (await state.signer(undefined)).sign(request(), { signingDate })) as HttpRequest;
      keys.push(/Credential=(\w+)\//.exec(signed.headers.authorization)?.[1]);
    }
    expect(keys).toEqual(["AKIDROT1", "AKIDROT2", "AKIDROT3"]);
  });

  it("builds a signerConstructor's signer from the whole config on every call", async () => {
    const built: Record<string, unknown>[] = [];
    class Custom {
      constructor(options: Record<string, unknown>) {
        built.push(options);
      }
      async sign(r: unknown) {
        return r;
      }
    }
    const c = config({ signerConstructor: Custom, extraOption: 7 });
    const state = new SharedSignerState(c);
    state.bind(c);
    const a = await state.signer(undefined);
    const b = await state.signer(undefined);
    expect(a).not.toBe(b);
    expect(built).toHaveLength(2);
    expect(built[0]).toMatchObject({ extraOption: 7, region: "us-east-1", service: "svc", uriEscapePath: true });
  });
});
