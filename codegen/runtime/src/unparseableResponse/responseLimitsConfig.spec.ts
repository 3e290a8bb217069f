import { DEFAULT_BODY_TIMEOUT_MS, resolveResponseLimitsConfig } from "./responseLimitsConfig";

describe("resolveResponseLimitsConfig", () => {
  it("defaults bodyTimeout to 60 s and leaves maxResponseBytes to each operation", () => {
    expect(DEFAULT_BODY_TIMEOUT_MS).toBe(60_000);
    const resolved = resolveResponseLimitsConfig({});
    expect(resolved.bodyTimeout).toBe(60_000);
    expect(resolved.maxResponseBytes).toBeUndefined();
  });

  it("keeps positive values and turns the limits off with false or Infinity", () => {
    expect(resolveResponseLimitsConfig({ maxResponseBytes: 4096, bodyTimeout: 250 })).toMatchObject({ maxResponseBytes: 4096, bodyTimeout: 250 });
    expect(resolveResponseLimitsConfig({ maxResponseBytes: false, bodyTimeout: false })).toMatchObject({ maxResponseBytes: false, bodyTimeout: false });
    expect(resolveResponseLimitsConfig({ maxResponseBytes: Infinity, bodyTimeout: Infinity })).toMatchObject({ maxResponseBytes: false, bodyTimeout: false });
  });

  it.each([[0], [-1], [NaN], ["4096"], [true], [null]])("refuses %p when the client is built, naming the option", (value) => {
    expect(() => resolveResponseLimitsConfig({ maxResponseBytes: value as any })).toThrow(
      new TypeError(`maxResponseBytes must be a positive number of bytes, or false to turn it off; got ${typeof value === "string" ? `"${value}"` : String(value)}.`),
    );
    expect(() => resolveResponseLimitsConfig({ bodyTimeout: value as any })).toThrow(/^bodyTimeout must be a positive number of milliseconds/);
  });
});
