// smithy-typescript generated code
export * from "./GetAudienceModelCommand";
