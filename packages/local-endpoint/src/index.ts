// Public surface of @cleanroomsml-sdk/local-endpoint.
export { startLocalEndpoint } from "./local-endpoint";
export type { LocalEndpoint, LocalEndpointOptions, ModeledErrorName, ServedRequest } from "./local-endpoint";
export { DELETED } from "./status-script";
export type { AudienceModelFixture, AudienceModelStatus, ScriptedStatus } from "./status-script";
export type { AcceptedCredential, SigV4VerificationOptions } from "./sigv4-verifier";
export { checkGetAudienceModelInput } from "./model-constraints";
