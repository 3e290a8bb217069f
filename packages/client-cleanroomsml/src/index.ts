// smithy-typescript generated code
/* eslint-disable */
/**
 * Clean Rooms ML trains lookalike audience models on a party's own data inside AWS Clean Rooms,
 * without the raw records leaving that party's account. This model covers reading an audience
 * model's state with `GetAudienceModel`.
 *
 * @packageDocumentation
 */
export * from "./CleanRoomsMLClient";
export * from "./CleanRoomsML";
export type { ClientInputEndpointParameters } from "./endpoint/EndpointParameters";
export type { RuntimeExtension } from "./runtimeExtensions";
export type { CleanRoomsMLExtensionConfiguration } from "./extensionConfiguration";
export * from "./commands";
export * from "./schemas/schemas_0";
export * from "./waiters";

export * from "./models/enums";
export * from "./models/errors";
export * from "./models/models_0";

export * from "./validation";

export * from "./unparseableResponse";

export * from "./retryOutcome";

export * from "./waiterErrors";

// Added by WaiterErrorsIntegration: these waitUntil* throw typed waiter errors; as explicit exports
// they take the place of the generated ones from ./waiters.
export { waitUntilAudienceModelActive, waitUntilAudienceModelDeleted } from "./waiterErrors/waiters";

export * from "./deadlines";

export { CleanRoomsMLServiceException } from "./models/CleanRoomsMLServiceException";
