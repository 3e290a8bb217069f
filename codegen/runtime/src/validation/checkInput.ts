// Checks a value against a constraint table from ./inputConstraints. Written by InputValidationIntegration.
// One generic walker reads the data instead of generated code per shape: the tables stay the single statement of the
// rules, and servers reuse both. The happy path allocates nothing; each pattern is compiled once per process.
// The table always states every rule; the level decides how many of them a caller enforces (see InputCheckLevel).

/**
 * What the Smithy model says about one member (or the input itself), as plain data.
 * A table lists only the members that carry a constraint, directly or somewhere below them.
 *
 * @public
 */
export interface ConstraintNode {
  /** Absolute Smithy shape id of the target shape, e.g. `com.amazonaws.cleanroomsml#AudienceModelArn`. */
  readonly shape: string;
  /** Smithy type of the target shape; it decides how `length` is measured and which JavaScript type is expected. */
  readonly type: string;
  /** `@required`: the member must be present, neither `undefined` nor `null`. */
  readonly required?: boolean;
  /** `@httpLabel`: the value fills a URL path segment, so an empty string is refused even without a `@length`. */
  readonly httpLabel?: boolean;
  /** `@length`, inclusive. Strings count Unicode code points, blobs bytes, lists items, maps entries. */
  readonly length?: { readonly min?: number; readonly max?: number };
  /** `@range`, inclusive. */
  readonly range?: { readonly min?: number; readonly max?: number };
  /** `@pattern`: ECMAScript regular expression source. Smithy patterns are not implicitly anchored. */
  readonly pattern?: string;
  /** Values of an `enum` or `intEnum` target. Checked at the `"strict"` level only: see {@link InputCheckLevel}. */
  readonly enum?: ReadonlyArray<string | number>;
  /** Constrained members of a structure or union, in model order. */
  readonly members?: { readonly [member: string]: ConstraintNode };
  /** Constraints on each element of a list. */
  readonly member?: ConstraintNode;
  /** Constraints on each key of a map. */
  readonly key?: ConstraintNode;
  /** Constraints on each value of a map. */
  readonly value?: ConstraintNode;
  /** The target is already on this path (a recursive shape); its inner constraints are not repeated or checked. */
  readonly recursive?: boolean;
}

/**
 * The constraint table of one operation's input: a structure node that also names the operation.
 *
 * @public
 */
export interface OperationInputConstraints extends ConstraintNode {
  /** Operation name as in the model, e.g. `GetAudienceModel`. */
  readonly operation: string;
}

/**
 * Which rule a value broke. `type` means the JavaScript type cannot carry the modeled shape at all.
 *
 * @public
 */
export type InputConstraint = "required" | "type" | "length" | "range" | "pattern" | "enum" | "httpLabel";

/**
 * The first broken rule found in an input. Never contains the offending value, only where it is and what was wanted.
 *
 * @public
 */
export interface InputViolation {
  /** Where the value sits in the input, e.g. `audienceModelArn`, `items[2].name`, `tags{value}`; `""` is the input. */
  readonly memberPath: string;
  readonly constraint: InputConstraint;
  /** The rule's parameters from the model: bounds, pattern source, enum values or expected type. */
  readonly expected?: string | { readonly min?: number; readonly max?: number } | ReadonlyArray<string | number>;
  /** One sentence naming the member and the rule, e.g. `audienceModelArn is required`. */
  readonly message: string;
}

/**
 * How many of a table's rules a check enforces.
 *
 * - `"strict"`: every rule the table states: `@required`, the JavaScript type, both `@length` bounds, both `@range`
 *   bounds, `@pattern`, enum membership and non-empty `@httpLabel`s. What a service enforces, and what a caller who
 *   wants to fail fast offline asks for.
 * - `"default"`: what botocore's `ParamValidator` refuses, plus what the request cannot be built without: a missing
 *   `@required` member, a value of the wrong JavaScript type, a string or list shorter than its `@length` minimum, a
 *   number below its `@range` minimum, an empty `@httpLabel`. Smithy says constraint traits are not enforced when a
 *   request is serialized, so patterns, maximums and enum membership are left to the service: a client keeps working
 *   when the service relaxes them. Like botocore, it does not count map entries or blob bytes.
 * - `"serialization"`: only what the request cannot be built without: an `@httpLabel` member that is missing (the
 *   URL cannot be filled in) or empty (the URL would name another resource, e.g. `GET /audience-model/`).
 *
 * @public
 */
export type InputCheckLevel = "strict" | "default" | "serialization";

/**
 * @public
 */
export interface CheckInputOptions {
  /**
   * Which rules to enforce; `"strict"` (all of them) when omitted. The client passes the level its
   * `inputValidation` option selects; a server that plays the service asks for `"strict"`.
   */
  readonly level?: InputCheckLevel;
}

/**
 * Returns the first rule `input` breaks in `constraints` at the given level, or `undefined` when it keeps them all.
 *
 * @public
 */
export function findInputViolation(
  constraints: OperationInputConstraints,
  input: unknown,
  options?: CheckInputOptions,
): InputViolation | undefined {
  // A command built without an input object is an input with no members: required members then report by name.
  const value = input ?? NO_INPUT;
  const level = options?.level ?? "strict";
  let failure: Failure | undefined;
  if (level === "strict" || level === "default") failure = visit(constraints, value, level === "strict");
  else if (level === "serialization") failure = visitLabels(constraints, value);
  // A misspelt level must not quietly check less than the caller meant.
  else throw new TypeError(`level must be "strict", "default" or "serialization", not ${JSON.stringify(level)}`);
  return failure === undefined ? undefined : failure.toViolation();
}

const NO_INPUT = Object.freeze({});

class Failure {
  /** Path segments, innermost first; pushed while the walk unwinds so the happy path never builds a path. */
  readonly segments: string[] = [];
  constructor(
    readonly constraint: InputConstraint,
    readonly expected: InputViolation["expected"],
    readonly detail: string,
  ) {}

  toViolation(): InputViolation {
    let memberPath = "";
    for (let i = this.segments.length - 1; i >= 0; i--) {
      const segment = this.segments[i];
      memberPath += memberPath === "" || segment[0] === "[" || segment[0] === "{" ? segment : "." + segment;
    }
    const subject = memberPath === "" ? "input" : memberPath;
    return { memberPath, constraint: this.constraint, expected: this.expected, message: `${subject} ${this.detail}` };
  }
}

const patterns = new Map<string, RegExp>();

function compiled(source: string): RegExp {
  let re = patterns.get(source);
  if (re === undefined) {
    // No flags: Smithy patterns are ECMA 262 source, and without `g` a RegExp keeps no state between calls.
    re = new RegExp(source);
    patterns.set(source, re);
  }
  return re;
}

// `strict` false is the "default" level: the checks below that it skips say so.
function visit(node: ConstraintNode, value: unknown, strict: boolean): Failure | undefined {
  if (value === undefined || value === null) {
    return node.required ? new Failure("required", undefined, "is required") : undefined;
  }
  const expectedType = javascriptType(node.type);
  if (expectedType !== undefined && !hasType(value, expectedType)) {
    return new Failure("type", expectedType, `must be ${article(expectedType)}`);
  }
  if (node.length !== undefined) {
    const failure = checkLength(node, node.length, value, strict);
    if (failure !== undefined) return failure;
  }
  if (node.httpLabel && value === "") {
    return new Failure("httpLabel", undefined, "must not be empty: it is an HTTP label in the URL path");
  }
  if (node.range !== undefined) {
    const { min, max } = node.range;
    const n = Number(value);
    // Strict is written as negations so that NaN fails a bounded range. The default level compares as botocore does
    // (`value < min`), so NaN passes there and the service decides.
    const broken = strict
      ? (min !== undefined && !(n >= min)) || (max !== undefined && !(n <= max))
      : min !== undefined && n < min;
    if (broken) return new Failure("range", node.range, `must be ${bounds(min, max, "")}`);
  }
  if (strict && node.pattern !== undefined && typeof value === "string" && !compiled(node.pattern).test(value)) {
    return new Failure("pattern", node.pattern, `must match the pattern ${node.pattern}`);
  }
  if (strict && node.enum !== undefined && !node.enum.includes(value as string | number)) {
    return new Failure("enum", node.enum, `must be one of ${node.enum.map((v) => JSON.stringify(v)).join(", ")}`);
  }
  return node.recursive ? undefined : visitChildren(node, value, strict);
}

function visitChildren(node: ConstraintNode, value: unknown, strict: boolean): Failure | undefined {
  if (node.members !== undefined) {
    const object = value as Record<string, unknown>;
    for (const name in node.members) {
      const failure = visit(node.members[name], object[name], strict);
      if (failure !== undefined) {
        failure.segments.push(name);
        return failure;
      }
    }
  }
  if (node.member !== undefined && Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const failure = visit(node.member, value[i], strict);
      if (failure !== undefined) {
        failure.segments.push(`[${i}]`);
        return failure;
      }
    }
  }
  if (node.key !== undefined || node.value !== undefined) {
    const map = value as Record<string, unknown>;
    for (const key in map) {
      if (!Object.prototype.hasOwnProperty.call(map, key)) continue;
      // Map keys can be user data, so the path names the position ({key} or {value}), never the key itself.
      let failure = node.key === undefined ? undefined : visit(node.key, key, strict);
      if (failure !== undefined) {
        failure.segments.push("{key}");
        return failure;
      }
      failure = node.value === undefined ? undefined : visit(node.value, map[key], strict);
      if (failure !== undefined) {
        failure.segments.push("{value}");
        return failure;
      }
    }
  }
  return undefined;
}

// The "serialization" level. Labels are members of the input structure itself (Smithy allows @httpLabel nowhere
// else), so nothing below it is walked. Smithy requires every label to be @required; a missing one reports as such.
function visitLabels(constraints: OperationInputConstraints, input: unknown): Failure | undefined {
  const members = constraints.members;
  if (members === undefined) return undefined;
  for (const name in members) {
    if (!members[name].httpLabel) continue;
    const value = (input as Record<string, unknown>)[name];
    const failure =
      value === undefined || value === null
        ? new Failure("required", undefined, "is required")
        : value === ""
          ? new Failure("httpLabel", undefined, "must not be empty: it is an HTTP label in the URL path")
          : undefined;
    if (failure !== undefined) {
      failure.segments.push(name);
      return failure;
    }
  }
  return undefined;
}

type JavaScriptType = "string" | "number" | "boolean" | "object" | "array";

function javascriptType(smithyType: string): JavaScriptType | undefined {
  switch (smithyType) {
    case "string":
    case "enum":
      return "string";
    case "byte":
    case "short":
    case "integer":
    case "long":
    case "float":
    case "double":
    case "intEnum":
      return "number";
    case "boolean":
      return "boolean";
    case "structure":
    case "union":
    case "map":
      return "object";
    case "list":
    case "set":
      return "array";
    default:
      // blob, timestamp, document, bigInteger, bigDecimal: the serializers accept several JavaScript forms.
      return undefined;
  }
}

function hasType(value: unknown, type: JavaScriptType): boolean {
  switch (type) {
    case "array":
      return Array.isArray(value);
    case "object":
      return typeof value === "object" && !Array.isArray(value);
    default:
      return typeof value === type;
  }
}

function article(type: JavaScriptType): string {
  return type === "array" || type === "object" ? `an ${type}` : `a ${type}`;
}

function checkLength(
  node: ConstraintNode,
  limits: { readonly min?: number; readonly max?: number },
  value: unknown,
  strict: boolean,
): Failure | undefined {
  const { min } = limits;
  // The default level checks the minimum of strings and lists only, as botocore does; maximums are the service's.
  const max = strict ? limits.max : undefined;
  if (!strict && (min === undefined || node.type === "blob" || node.type === "map")) return undefined;
  let size: number;
  let unit: string;
  if (node.type === "blob") {
    // Before the string case: a blob given as a string is measured in UTF-8 bytes, as it will be sent.
    unit = "bytes";
    if (typeof value === "string") size = utf8Bytes(value);
    else if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) size = value.byteLength;
    else return undefined;
  } else if (typeof value === "string") {
    unit = "characters";
    size = value.length;
    // UTF-16 length bounds the code point count from above and half of it from below; count only when that decides.
    if ((max !== undefined && size > max) || (min !== undefined && size < 2 * min)) size = codePoints(value);
  } else if (Array.isArray(value)) {
    unit = "items";
    size = value.length;
  } else if (typeof value === "object" && value !== null) {
    unit = "entries";
    size = Object.keys(value).length;
  } else {
    return undefined;
  }
  if ((min !== undefined && size < min) || (max !== undefined && size > max)) {
    // The message and `expected` state the model's whole rule, whichever bound the level checked.
    return new Failure("length", limits, `must be ${bounds(min, limits.max, " " + unit)} long, but is ${size}`);
  }
  return undefined;
}

function bounds(min: number | undefined, max: number | undefined, unit: string): string {
  if (min !== undefined && max !== undefined) return `between ${min} and ${max}${unit}`;
  return min !== undefined ? `at least ${min}${unit}` : `at most ${max}${unit}`;
}

function codePoints(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length - 1; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

function utf8Bytes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
