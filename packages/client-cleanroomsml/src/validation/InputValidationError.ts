// smithy-typescript generated code
// Source: codegen/runtime/src/validation/InputValidationError.ts (copied unchanged by codegen); edit it there, then npm run generate.
import type { InputConstraint, InputViolation } from "./checkInput";

// The error a command rejects with when its input breaks a modeled constraint. Written by InputValidationIntegration.

/**
 * Thrown (as a rejected promise from `client.send`) when an input breaks a constraint of the model, such as a missing
 * required member, a string that is too long, or one that does not match its pattern. It is raised before the request
 * is serialized, so nothing was built, signed or sent, and nothing is retried. The message names the member and the
 * rule; it never repeats the value, which may be sensitive.
 *
 * @public
 */
export class InputValidationError extends Error {
  override readonly name = "InputValidationError" as const;
  /** The caller's input is at fault, as with a service-side client error. */
  readonly $fault = "client" as const;
  /** Operation whose input was refused, e.g. `GetAudienceModel`. */
  readonly operation: string;
  /** Where the bad value is, e.g. `audienceModelArn`; `""` when the input itself is not an object. */
  readonly memberPath: string;
  /** The rule that failed: `required`, `type`, `length`, `range`, `pattern`, `enum` or `httpLabel`. */
  readonly constraint: InputConstraint;
  /** The rule's parameters from the model: bounds, pattern source, enum values or expected JavaScript type. */
  readonly expected: InputViolation["expected"];

  constructor(operation: string, violation: InputViolation) {
    super(`Invalid ${operation} input: ${violation.message}. Nothing was sent.`);
    Object.setPrototypeOf(this, InputValidationError.prototype);
    this.operation = operation;
    this.memberPath = violation.memberPath;
    this.constraint = violation.constraint;
    this.expected = violation.expected;
  }
}
