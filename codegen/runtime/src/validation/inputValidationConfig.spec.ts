import { resolveInputValidationConfig } from "./inputValidationConfig";

describe("resolveInputValidationConfig", () => {
  it("validates by default", () => {
    expect(resolveInputValidationConfig({ region: "x" })).toEqual({ region: "x", inputValidation: true });
  });

  it("keeps an explicit choice and resolves the config object in place", () => {
    const input = { inputValidation: false };
    const resolved = resolveInputValidationConfig(input);
    expect(resolved.inputValidation).toBe(false);
    expect(resolved).toBe(input);
  });
});
