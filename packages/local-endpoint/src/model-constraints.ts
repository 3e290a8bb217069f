// The input checks the service applies before it looks anything up, built from the constraint traits
// that scripts/extract-service-model.mjs copied out of the Smithy model.
import { serviceModel } from "./generated/service-model";

/** One `@httpLabel` member of the operation input, with the `@length` / `@pattern` of its target shape. */
export type LabelConstraint = (typeof serviceModel.labels)[number];

/** The labels of the operation this endpoint serves, in model order. */
export const labelConstraints: readonly LabelConstraint[] = serviceModel.labels;

// Smithy patterns are ECMAScript regular expressions; compiled once, without flags, as the model writes them.
const compiled = new Map<string, RegExp>(
  labelConstraints.filter((l) => l.pattern).map((l) => [l.name, new RegExp(l.pattern as string)]),
);

/**
 * Checks one label value against its constraints. Returns the reason it is rejected, worded the way
 * the service words a ValidationException, or `undefined` when the value is acceptable.
 */
export function checkLabel(label: LabelConstraint, value: string | undefined): string | undefined {
  const where = `Value at '${label.name}' failed to satisfy constraint`;
  if (value === undefined || value === "") {
    return label.required ? `${where}: Member must not be null` : undefined;
  }
  // @length counts Unicode code points, not UTF-16 units.
  const length = [...value].length;
  const { min, max } = (label.length ?? {}) as { min?: number; max?: number };
  if ((min !== undefined && length < min) || (max !== undefined && length > max)) {
    const range = min !== undefined && max !== undefined ? `between ${min} and ${max}` : min !== undefined ? `at least ${min}` : `at most ${max}`;
    return `${where}: Member must have length ${range}`;
  }
  const pattern = compiled.get(label.name);
  if (pattern && !pattern.test(value)) {
    return `${where}: Member must satisfy regular expression pattern: ${label.pattern}`;
  }
  return undefined;
}

/** The constraint of the label named `name`; throws when the operation has no such label. */
export function labelConstraint(name: string): LabelConstraint {
  const found = labelConstraints.find((l) => l.name === name);
  if (!found) throw new Error(`the model gives ${serviceModel.operation.name} no label named ${name}`);
  return found;
}
