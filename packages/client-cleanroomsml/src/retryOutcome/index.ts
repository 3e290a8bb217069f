// smithy-typescript generated code
import type { RetryOutcomeFields } from "./RetryOutcome";

export { getRetryOutcome } from "./RetryOutcome";
export type { RetryOutcome, RetryOutcomeFields } from "./RetryOutcome";

declare module "../models/CleanRoomsMLServiceException" {
  interface CleanRoomsMLServiceException extends RetryOutcomeFields {}
}
