// smithy-typescript generated code
export * from "./waitForAudienceModelActive";
export * from "./waitForAudienceModelDeleted";
