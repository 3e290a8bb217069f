// Public surface of @cleanroomsml-sdk/local-endpoint.
export { startLocalEndpoint } from "./local-endpoint";
export type { LocalEndpoint, LocalEndpointOptions, ModeledErrorName, ServedRequest } from "./local-endpoint";
export { DELETED, parseFixtureTime } from "./status-script";
export type { AudienceModelFixture, AudienceModelStatus, FixtureTime, ScriptedStatus } from "./status-script";
export { SIGV4_FAILURE_STATUS } from "./sigv4-verifier";
export type { AcceptedCredential, SigV4FailureCode, SigV4VerificationOptions } from "./sigv4-verifier";
export { CONTROL_ROUTES, isLoopbackHost } from "./control-routes";
export { checkGetAudienceModelInput } from "./model-constraints";
