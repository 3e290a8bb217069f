// The typed view of input-validation-modes.json, the one table of probe inputs × inputValidation modes. The JSON is
// the table (test/python/test_botocore_parity.py reads the same file); this module only decodes its values.
import table from "./input-validation-modes.json";

/** A mode column of the table and the client option that selects it. */
export const MODES = {
  default: {},
  strict: { inputValidation: "strict" },
  false: { inputValidation: false },
} as const;
export type Mode = keyof typeof MODES;

/** "sent", or the InputValidationError constraint that refused the input. */
export type Verdict = "sent" | "required" | "type" | "length" | "range" | "pattern" | "enum" | "httpLabel";

export interface ModeRow {
  name: string;
  /** Which of the probe kinds the row stands for. */
  kind: string;
  input: Record<string, unknown>;
  verdict: Record<Mode, Verdict>;
}

type Encoded = unknown;

/** `{ $padEnd: { start, length, fill } }` becomes `start.padEnd(length, fill)`; everything else stays as it is. */
function decode(value: Encoded): unknown {
  if (value !== null && typeof value === "object" && "$padEnd" in value) {
    const { start, length, fill } = (value as { $padEnd: { start: string; length: number; fill: string } }).$padEnd;
    return start.padEnd(length, fill);
  }
  return value;
}

export const MEMBER: string = table.member;

export const MODE_ROWS: ModeRow[] = table.rows.map((row) => ({
  name: row.name,
  kind: row.kind,
  input: Object.fromEntries(Object.entries(row.input).map(([k, v]) => [k, decode(v)])),
  verdict: row.verdict as Record<Mode, Verdict>,
}));
