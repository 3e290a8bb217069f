// The input checks the service applies before it looks anything up. The rules are the generated client's
// constraint table (written from the model's @required/@length/@pattern/@httpLabel traits by
// codegen/ InputValidationIntegration), read by the client's own checker: one statement of the rules,
// shared by the client that refuses bad input and this endpoint that answers it.
import {
  findInputViolation,
  GetAudienceModelInputConstraints,
  type GetAudienceModelCommandInput,
} from "@cleanroomsml-sdk/client-cleanroomsml";

/**
 * Checks a GetAudienceModel input (here, the labels decoded from the request path) against the model.
 * Returns the reason it is rejected, worded as the service's ValidationException message, or `undefined`.
 */
export function checkGetAudienceModelInput(input: Partial<GetAudienceModelCommandInput>): string | undefined {
  // enums: a server owns the model, so it may refuse values the model does not list.
  const violation = findInputViolation(GetAudienceModelInputConstraints, input, { enums: true });
  return violation && `1 validation error detected: ${violation.message}`;
}
