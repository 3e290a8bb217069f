import { type ConstraintNode, type OperationInputConstraints, findInputViolation } from "./checkInput";

const str = (extra: Partial<ConstraintNode> = {}): ConstraintNode => ({ shape: "example#S", type: "string", ...extra });
const table = (members: Record<string, ConstraintNode>): OperationInputConstraints => ({
  operation: "PutThings",
  shape: "example#PutThingsInput",
  type: "structure",
  members,
});

describe("findInputViolation at the strict level (the default when no level is given)", () => {
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

  it("checks enum membership only at the strict level: to a client, enums are open", () => {
    const t = table({ color: { shape: "s#Color", type: "enum", enum: ["red", "GREEN"] }, level: { shape: "s#L", type: "intEnum", enum: [1, 3] } });
    expect(findInputViolation(t, { color: "blue", level: 2 }, { level: "default" })).toBeUndefined();
    expect(findInputViolation(t, { color: "blue" })).toMatchObject({ constraint: "enum", message: 'color must be one of "red", "GREEN"' });
    expect(findInputViolation(t, { level: 2 }, { level: "strict" })?.message).toBe("level must be one of 1, 3");
    expect(findInputViolation(t, { color: "red", level: 3 }, { level: "strict" })).toBeUndefined();
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

// The default level follows botocore's ParamValidator (botocore/validate.py): required members, Python types, `min` of
// strings and lists (their length) and of numbers (their value); it never reads `max` or `pattern`, nor a map's or a
// blob's size. test/python/test_botocore_parity.py runs botocore itself over the client's table of probe inputs.
describe("findInputViolation at the default level (what botocore refuses, plus what the request cannot be built without)", () => {
  const DEFAULT = { level: "default" } as const;
  const t = table({
    id: str({ required: true, httpLabel: true, length: { min: 3, max: 5 }, pattern: "^[a-z]+$" }),
    note: str({ length: { min: 2, max: 4 } }),
    count: { shape: "s#C", type: "integer", range: { min: 1, max: 10 } },
    items: { shape: "s#L", type: "list", length: { min: 1, max: 2 }, member: { shape: "s#I", type: "structure", members: { sku: str({ required: true, pattern: "^x" }) } } },
    tags: { shape: "s#M", type: "map", length: { min: 1, max: 1 }, value: str({ length: { min: 1, max: 2 } }) },
    payload: { shape: "s#P", type: "blob", length: { min: 2, max: 4 } },
  });

  it("refuses a missing required member, a wrong type and an empty label", () => {
    expect(findInputViolation(t, {}, DEFAULT)).toMatchObject({ memberPath: "id", constraint: "required" });
    expect(findInputViolation(t, { id: 123 }, DEFAULT)).toMatchObject({ memberPath: "id", constraint: "type", expected: "string" });
    expect(findInputViolation(table({ id: str({ required: true, httpLabel: true }) }), { id: "" }, DEFAULT)).toMatchObject({ constraint: "httpLabel" });
  });

  it("refuses a string or list below its minimum length, stating the model's whole rule", () => {
    expect(findInputViolation(t, { id: "ab" }, DEFAULT)).toEqual({
      memberPath: "id", constraint: "length", expected: { min: 3, max: 5 }, message: "id must be between 3 and 5 characters long, but is 2",
    });
    expect(findInputViolation(t, { id: "abc", items: [] }, DEFAULT)?.message).toBe("items must be between 1 and 2 items long, but is 0");
    // Code points, as Python's len() counts them.
    expect(findInputViolation(t, { id: "😀😀😀" }, DEFAULT)).toBeUndefined();
  });

  it("refuses a number below its range minimum", () => {
    expect(findInputViolation(t, { id: "abc", count: 0 }, DEFAULT)).toMatchObject({ constraint: "range", message: "count must be between 1 and 10" });
  });

  it("sends what botocore sends: patterns, maximum lengths and range maximums are the service's", () => {
    expect(findInputViolation(t, { id: "ABCDEFGHIJ", note: "much too long", count: 1e6, items: [{ sku: "y" }, { sku: "y" }, { sku: "y" }] }, DEFAULT)).toBeUndefined();
    expect(findInputViolation(t, { id: "ABCDEFGHIJ" }, { level: "strict" })?.constraint).toBe("length");
    expect(findInputViolation(t, { id: "ABCDE" }, { level: "strict" })?.constraint).toBe("pattern");
  });

  it("counts neither map entries nor blob bytes, as botocore does not", () => {
    expect(findInputViolation(t, { id: "abc", tags: {}, payload: new Uint8Array(0) }, DEFAULT)).toBeUndefined();
    expect(findInputViolation(t, { id: "abc", tags: {} })?.memberPath).toBe("tags");
    expect(findInputViolation(t, { id: "abc", payload: new Uint8Array(1) })?.memberPath).toBe("payload");
  });

  it("still walks into lists and maps for the rules it keeps", () => {
    expect(findInputViolation(t, { id: "abc", items: [{ sku: "x" }, {}] }, DEFAULT)).toMatchObject({ memberPath: "items[1].sku", constraint: "required" });
    expect(findInputViolation(t, { id: "abc", tags: { k: "" } }, DEFAULT)).toMatchObject({ memberPath: "tags{value}", constraint: "length" });
    expect(findInputViolation(t, { id: "abc", tags: { k: "too long", j: "x" } }, DEFAULT)).toBeUndefined();
  });

  it("compares a range minimum as botocore does, so NaN is left to the service", () => {
    expect(findInputViolation(t, { id: "abc", count: NaN }, DEFAULT)).toBeUndefined();
    expect(findInputViolation(t, { id: "abc", count: NaN })?.constraint).toBe("range");
  });
});

describe("findInputViolation at the serialization level (only what the request cannot be built without)", () => {
  const SERIALIZATION = { level: "serialization" } as const;
  const t = table({
    id: str({ required: true, httpLabel: true, length: { min: 3 }, pattern: "^[a-z]+$" }),
    body: str({ required: true, length: { min: 5 } }),
  });

  it("refuses a missing, null or empty label", () => {
    expect(findInputViolation(t, { body: "x" }, SERIALIZATION)).toEqual({ memberPath: "id", constraint: "required", expected: undefined, message: "id is required" });
    expect(findInputViolation(t, { id: null }, SERIALIZATION)?.constraint).toBe("required");
    expect(findInputViolation(t, undefined, SERIALIZATION)?.message).toBe("id is required");
    expect(findInputViolation(t, { id: "" }, SERIALIZATION)).toMatchObject({
      memberPath: "id", constraint: "httpLabel", message: "id must not be empty: it is an HTTP label in the URL path",
    });
  });

  it("sends everything else: other required members, types, lengths and patterns", () => {
    expect(findInputViolation(t, { id: "A" }, SERIALIZATION)).toBeUndefined();
    expect(findInputViolation(t, { id: 7, body: 1 }, SERIALIZATION)).toBeUndefined();
    expect(findInputViolation(t, { id: "A" }, { level: "default" })?.constraint).toBe("length");
  });
});

describe("findInputViolation levels", () => {
  const t = table({ id: str({ required: true, httpLabel: true, length: { min: 3, max: 5 }, pattern: "^[a-z]+$" }) });

  it("is strict when no level is given", () => {
    expect(findInputViolation(t, { id: "ABC" })).toEqual(findInputViolation(t, { id: "ABC" }, { level: "strict" }));
    expect(findInputViolation(t, { id: "ABC" }, {})?.constraint).toBe("pattern");
  });

  it("refuses a level it does not know instead of checking less", () => {
    expect(() => findInputViolation(t, { id: "ABC" }, { level: "lenient" as never })).toThrow(
      new TypeError('level must be "strict", "default" or "serialization", not "lenient"'),
    );
  });

  it("orders the levels: whatever serialization refuses, default refuses; whatever default refuses, strict refuses", () => {
    const inputs = [undefined, {}, { id: null }, { id: "" }, { id: "ab" }, { id: 1 }, { id: "abc" }, { id: "ABC" }, { id: "abcdef" }];
    for (const input of inputs) {
      const [serialization, byDefault, strict] = (["serialization", "default", "strict"] as const).map((level) => findInputViolation(t, input, { level }));
      if (serialization) expect({ input, byDefault }).toEqual({ input, byDefault: expect.anything() });
      if (byDefault) expect({ input, strict }).toEqual({ input, strict: byDefault });
    }
  });
});
