import { DEFAULT_HEADERS_TIMEOUT_MS, resolveDeadlinesConfig } from "./deadlinesConfig";

describe("resolveDeadlinesConfig", () => {
  it("defaults headersTimeout to 60 s and leaves callTimeout off", () => {
    expect(DEFAULT_HEADERS_TIMEOUT_MS).toBe(60_000);
    expect(resolveDeadlinesConfig({})).toMatchObject({ headersTimeout: 60_000, callTimeout: false });
  });

  it("keeps positive values and turns either off with false or Infinity", () => {
    expect(resolveDeadlinesConfig({ headersTimeout: 250, callTimeout: 1000 })).toMatchObject({ headersTimeout: 250, callTimeout: 1000 });
    expect(resolveDeadlinesConfig({ headersTimeout: false, callTimeout: false })).toMatchObject({ headersTimeout: false, callTimeout: false });
    expect(resolveDeadlinesConfig({ headersTimeout: Infinity, callTimeout: Infinity })).toMatchObject({ headersTimeout: false, callTimeout: false });
  });

  it.each([[0], [-5], [NaN], ["60000"], [true], [null]])("refuses %p when the client is built, naming the option", (value) => {
    const shown = typeof value === "string" ? `"${value}"` : String(value);
    expect(() => resolveDeadlinesConfig({ headersTimeout: value as any })).toThrow(
      new TypeError(`headersTimeout must be a positive number of milliseconds, or false for no deadline; got ${shown}.`),
    );
    expect(() => resolveDeadlinesConfig({ callTimeout: value as any })).toThrow(/^callTimeout must be a positive number of milliseconds/);
  });
});
