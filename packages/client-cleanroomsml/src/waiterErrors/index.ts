// smithy-typescript generated code
import type { AudienceModelStatus } from "../models/enums";
import type { StatusDetails } from "../models/models_0";

export { WaiterAbortedError, WaiterError, WaiterFailedError, WaiterTimeoutError } from "./WaiterError";
export type { WaiterErrorOptions, WaiterStatus, WaiterStatusDetails, WaiterStatusFields, WaiterStatusTypes } from "./WaiterError";

// The status fields of this client's waiter errors, typed as the output members the waiters read.
declare module "./WaiterError" {
  interface WaiterStatusTypes {
    status: AudienceModelStatus;
    statusDetails: StatusDetails;
  }
}
