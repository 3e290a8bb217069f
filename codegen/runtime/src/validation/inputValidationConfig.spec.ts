import { inputCheckLevel, resolveInputValidationConfig } from "./inputValidationConfig";

describe("resolveInputValidationConfig", () => {
  it("resolves an omitted option (or null) to true, the default mode", () => {
    expect(resolveInputValidationConfig({ region: "x" })).toEqual({ region: "x", inputValidation: true });
    expect(resolveInputValidationConfig({ inputValidation: null as never }).inputValidation).toBe(true);
  });

  it.each([true, false, "strict"] as const)("keeps %p and resolves the config object in place", (option) => {
    const input = { inputValidation: option };
    const resolved = resolveInputValidationConfig(input);
    expect(resolved.inputValidation).toBe(option);
    expect(resolved).toBe(input);
  });

  it("refuses anything else with a TypeError, so a misspelt mode does not quietly pick another", () => {
    for (const wrong of ["STRICT", "off", "default", 0, 1, {}]) {
      expect(() => resolveInputValidationConfig({ inputValidation: wrong as never })).toThrow(TypeError);
    }
    expect(() => resolveInputValidationConfig({ inputValidation: "off" as never })).toThrow('inputValidation must be true, false or "strict", not "off"');
  });
});

describe("inputCheckLevel", () => {
  it("maps true to the default level, \"strict\" to strict and false to serialization", () => {
    expect([true, "strict", false].map((o) => inputCheckLevel(o as never))).toEqual(["default", "strict", "serialization"]);
  });
});
