import { InputValidationError } from "./InputValidationError";

describe("InputValidationError", () => {
  const error = new InputValidationError("PutThings", {
    memberPath: "items[2].sku",
    constraint: "required",
    message: "items[2].sku is required",
  });

  it("is an Error a caller can tell apart by class and name", () => {
    expect(error).toBeInstanceOf(InputValidationError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("InputValidationError");
    expect(String(error.stack)).toMatch(/^InputValidationError: /);
  });

  it("says what was refused and that nothing was sent", () => {
    expect(error.message).toBe("Invalid PutThings input: items[2].sku is required. Nothing was sent.");
    expect(error).toMatchObject({ $fault: "client", operation: "PutThings", memberPath: "items[2].sku", constraint: "required", expected: undefined });
  });

  it("carries the rule's parameters", () => {
    const e = new InputValidationError("Op", { memberPath: "n", constraint: "range", expected: { min: 1 }, message: "n must be at least 1" });
    expect(e.expected).toEqual({ min: 1 });
  });
});
