import { setFlagsFromString } from "node:v8";

import { resolveCallPathConfig, toFastConfig } from "./callPathConfig";
import type { CallPathResolvableConfig } from "./callPathConfig";

setFlagsFromString("--allow-natives-syntax");
const hasFastProperties = new Function("o", "return %HasFastProperties(o)") as (o: object) => boolean;

/** An object in dictionary mode with an accessor, as the resolvers leave the client config. */
function slowConfig(extra: Record<string, unknown> = {}) {
  const config: Record<string, unknown> = { ...extra };
  for (let i = 0; i < 60; i++) config[`key${i}`] = i;
  let credentials: unknown = "initial";
  Object.defineProperty(config, "credentials", {
    get: () => credentials,
    set: (value) => (credentials = `normalised ${String(value)}`),
    enumerable: true,
    configurable: true,
  });
  delete config.key0;
  return config;
}

describe("resolveCallPathConfig", () => {
  it("defaults cacheMiddleware to true and keeps the user's value", () => {
    expect(resolveCallPathConfig({}).cacheMiddleware).toBe(true);
    expect(resolveCallPathConfig({ cacheMiddleware: false }).cacheMiddleware).toBe(false);
  });

  it("installs a signer provider only when the user passed neither signer nor regionInfoProvider", () => {
    expect(typeof resolveCallPathConfig<CallPathResolvableConfig>({}).signer).toBe("function");
    const own = async () => ({}) as never;
    expect(resolveCallPathConfig({ signer: own }).signer).toBe(own);
    expect(resolveCallPathConfig<CallPathResolvableConfig>({ regionInfoProvider: () => undefined }).signer).toBeUndefined();
  });
});

describe("toFastConfig", () => {
  it("copies every property in order, with a fixed shape, for many configs with different accessors", () => {
    for (let n = 0; n < 3; n++) {
      const slow = slowConfig(n === 2 ? { first: true } : {});
      expect(hasFastProperties(slow)).toBe(false);
      const fast = toFastConfig(slow);
      expect(hasFastProperties(fast)).toBe(true);
      expect(Object.keys(fast)).toEqual(Object.keys(slow));
      for (const key of Object.keys(slow)) expect(fast[key]).toBe(slow[key]);
      expect(Object.getPrototypeOf(fast)).toBe(Object.prototype);
    }
  });

  it("keeps an accessor an accessor that runs the original getter and setter", () => {
    const slow = slowConfig();
    const other = toFastConfig(slowConfig());
    const fast = toFastConfig(slow);
    expect(Object.getOwnPropertyDescriptor(fast, "credentials")).toMatchObject({ enumerable: true, configurable: true });
    expect(typeof Object.getOwnPropertyDescriptor(fast, "credentials")?.set).toBe("function");
    fast.credentials = "rotated";
    expect(fast.credentials).toBe("normalised rotated");
    expect(slow.credentials).toBe("normalised rotated");
    expect(other.credentials).toBe("initial");
  });

  it("leaves a getter without a setter without one", () => {
    const source = Object.defineProperty({ a: 1 }, "b", { get: () => 2, enumerable: true, configurable: true });
    const fast = toFastConfig(source);
    expect((fast as { b?: number }).b).toBe(2);
    expect(Object.getOwnPropertyDescriptor(fast, "b")?.set).toBeUndefined();
  });
});
