// smithy-typescript generated code
export { getRetryOutcome } from "./RetryOutcome";
export type { RetryOutcome, RetryOutcomeFields } from "./RetryOutcome";
