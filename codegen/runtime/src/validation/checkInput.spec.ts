import { type ConstraintNode, type OperationInputConstraints, findInputViolation } from "./checkInput";

const str = (extra: Partial<ConstraintNode> = {}): ConstraintNode => ({ shape: "example#S", type: "string", ...extra });
const table = (members: Record<string, ConstraintNode>): OperationInputConstraints => ({
  operation: "PutThings",
  shape: "example#PutThingsInput",
  type: "structure",
  members,
});

describe("findInputViolation", () => {
  it("accepts an input that keeps every rule", () => {
    const t = table({ id: str({ required: true, length: { min: 1, max: 3 }, pattern: "^[a-z]+$" }) });
    expect(findInputViolation(t, { id: "abc", other: 42 })).toBeUndefined();
  });

  it("reports a missing or null required member by name", () => {
    const t = table({ id: str({ required: true }) });
    expect(findInputViolation(t, {})).toEqual({ memberPath: "id", constraint: "required", expected: undefined, message: "id is required" });
    expect(findInputViolation(t, { id: null })?.constraint).toBe("required");
  });

  it("treats a command sent without input as an input with no members", () => {
    const t = table({ id: str({ required: true }) });
    expect(findInputViolation(t, undefined)?.message).toBe("id is required");
    expect(findInputViolation(table({ id: str() }), undefined)).toBeUndefined();
  });

  it("refuses a value whose JavaScript type cannot carry the shape", () => {
    expect(findInputViolation(table({ id: str() }), { id: 7 })).toMatchObject({ constraint: "type", expected: "string", message: "id must be a string" });
    expect(findInputViolation(table({ n: { shape: "s#N", type: "integer" } }), { n: "7" })?.message).toBe("n must be a number");
    expect(findInputViolation(table({ l: { shape: "s#L", type: "list" } }), { l: {} })?.message).toBe("l must be an array");
    expect(findInputViolation(table({ m: { shape: "s#M", type: "map" } }), { m: [] })?.message).toBe("m must be an object");
    // Blobs, timestamps and documents take several JavaScript forms; the serializers decide.
    expect(findInputViolation(table({ t: { shape: "s#T", type: "timestamp", required: true } }), { t: 0 })).toBeUndefined();
  });

  it("counts string length in Unicode code points, not UTF-16 units", () => {
    const t = table({ name: str({ length: { min: 2, max: 3 } }) });
    expect(findInputViolation(t, { name: "😀😀😀" })).toBeUndefined(); // 6 UTF-16 units, 3 code points
    expect(findInputViolation(t, { name: "😀😀😀😀" })?.message).toBe("name must be between 2 and 3 characters long, but is 4");
    expect(findInputViolation(t, { name: "😀" })?.message).toBe("name must be between 2 and 3 characters long, but is 1");
  });

  it("counts a lone surrogate as one code point", () => {
    const t = table({ name: str({ length: { max: 1 } }) });
    expect(findInputViolation(t, { name: "\ud800" })).toBeUndefined();
    expect(findInputViolation(t, { name: "\ud800\ud800" })?.constraint).toBe("length");
  });

  it("counts blob length in bytes, a string blob in its UTF-8 bytes", () => {
    const t = table({ payload: { shape: "s#P", type: "blob", length: { max: 4 } } });
    expect(findInputViolation(t, { payload: new Uint8Array(4) })).toBeUndefined();
    expect(findInputViolation(t, { payload: new Uint8Array(5) })?.message).toBe("payload must be at most 4 bytes long, but is 5");
    expect(findInputViolation(t, { payload: "éé" })).toBeUndefined(); // 4 bytes
    expect(findInputViolation(t, { payload: "ééa" })?.message).toBe("payload must be at most 4 bytes long, but is 5");
    expect(findInputViolation(t, { payload: "😀a" })?.message).toBe("payload must be at most 4 bytes long, but is 5");
    expect(findInputViolation(t, { payload: new ArrayBuffer(6) })?.constraint).toBe("length");
  });

  it("counts list items and map entries", () => {
    const t = table({
      items: { shape: "s#L", type: "list", length: { min: 1 } },
      tags: { shape: "s#M", type: "map", length: { max: 1 } },
    });
    expect(findInputViolation(t, { items: [] })?.message).toBe("items must be at least 1 items long, but is 0");
    expect(findInputViolation(t, { items: [1], tags: { a: "1", b: "2" } })?.message).toBe("tags must be at most 1 entries long, but is 2");
  });

  it("refuses an empty HTTP label even without a length rule", () => {
    const t = table({ id: str({ httpLabel: true }) });
    expect(findInputViolation(t, { id: "" })).toMatchObject({ constraint: "httpLabel", memberPath: "id" });
    expect(findInputViolation(t, { id: "x" })).toBeUndefined();
  });

  it("checks ranges inclusively and fails NaN against a bound", () => {
    const t = table({ count: { shape: "s#C", type: "integer", range: { min: 1, max: 10 } }, ratio: { shape: "s#R", type: "float", range: { min: 0.5 } } });
    expect(findInputViolation(t, { count: 1, ratio: 0.5 })).toBeUndefined();
    expect(findInputViolation(t, { count: 10 })).toBeUndefined();
    expect(findInputViolation(t, { count: 11 })).toMatchObject({ constraint: "range", expected: { min: 1, max: 10 }, message: "count must be between 1 and 10" });
    expect(findInputViolation(t, { ratio: 0.4 })?.message).toBe("ratio must be at least 0.5");
    expect(findInputViolation(t, { count: NaN })?.constraint).toBe("range");
  });

  it("applies patterns unanchored, as Smithy does", () => {
    const t = table({ code: str({ pattern: "[0-9]" }), exact: str({ pattern: "^[A-Z]+$" }) });
    expect(findInputViolation(t, { code: "abc1def" })).toBeUndefined();
    expect(findInputViolation(t, { code: "abc" })).toMatchObject({ constraint: "pattern", expected: "[0-9]", message: "code must match the pattern [0-9]" });
    expect(findInputViolation(t, { exact: "ABc" })?.constraint).toBe("pattern");
  });

  it("leaves enums open unless asked, as the service may add values", () => {
    const t = table({ color: { shape: "s#Color", type: "enum", enum: ["red", "GREEN"] }, level: { shape: "s#L", type: "intEnum", enum: [1, 3] } });
    expect(findInputViolation(t, { color: "blue", level: 2 })).toBeUndefined();
    expect(findInputViolation(t, { color: "blue" }, { enums: true })).toMatchObject({ constraint: "enum", message: 'color must be one of "red", "GREEN"' });
    expect(findInputViolation(t, { level: 2 }, { enums: true })?.message).toBe("level must be one of 1, 3");
    expect(findInputViolation(t, { color: "red", level: 3 }, { enums: true })).toBeUndefined();
  });

  it("names nested places by path and never repeats a map key or a value", () => {
    const t = table({
      items: { shape: "s#Items", type: "list", member: { shape: "s#Item", type: "structure", members: { sku: str({ required: true }) } } },
      tags: { shape: "s#Tags", type: "map", key: str({ length: { min: 1 } }), value: str({ pattern: "^v" }) },
      choice: { shape: "s#Choice", type: "union", members: { byName: str({ length: { max: 1 } }) } },
    });
    expect(findInputViolation(t, { items: [{ sku: "a" }, { sku: "b" }, {}] })?.message).toBe("items[2].sku is required");
    const key = findInputViolation(t, { tags: { "": "v1" } });
    expect(key).toMatchObject({ memberPath: "tags{key}", constraint: "length" });
    const value = findInputViolation(t, { tags: { "secret-key": "secret-value" } });
    expect(value?.memberPath).toBe("tags{value}");
    expect(JSON.stringify(value)).not.toMatch(/secret/);
    expect(findInputViolation(t, { choice: { byName: "xy" } })?.memberPath).toBe("choice.byName");
  });

  it("does not follow a node marked recursive", () => {
    const tree: ConstraintNode = {
      shape: "s#Forest", type: "list", length: { max: 1 },
      member: { shape: "s#Tree", type: "structure", members: { children: { shape: "s#Forest", type: "list", length: { max: 1 }, recursive: true } } },
    };
    const t = table({ forest: tree });
    // The recursive node's own rules still hold; below it nothing is walked.
    expect(findInputViolation(t, { forest: [{ children: [1, 2] }] })?.memberPath).toBe("forest[0].children");
    expect(findInputViolation(t, { forest: [{ children: [{ children: [1, 2, 3] }] }] })).toBeUndefined();
  });

  it("reports the input itself with an empty path", () => {
    expect(findInputViolation(table({}), "not an object")).toMatchObject({ memberPath: "", constraint: "type", message: "input must be an object" });
  });

  it("ignores inherited properties of a map", () => {
    const t = table({ tags: { shape: "s#Tags", type: "map", value: str({ required: true, length: { max: 1 } }) } });
    const map = Object.create({ inherited: "too long" });
    map.own = "v";
    expect(findInputViolation(t, { tags: map })).toBeUndefined();
  });
});
