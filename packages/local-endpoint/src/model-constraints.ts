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
  // The service enforces every constraint: @required, @length (min and max), @pattern, @httpLabel and, since a
  // server owns the model, enums too: the checker's "strict" level. The client checks less by default (deployed
  // clients must survive a service relaxing a rule, and Smithy leaves constraints to the server); this endpoint
  // must not. test/local-endpoint/service-model.spec.ts and the 400 vectors pin that.
  const violation = findInputViolation(GetAudienceModelInputConstraints, input, { level: "strict" });
  return violation && `1 validation error detected: ${violation.message}`;
}
