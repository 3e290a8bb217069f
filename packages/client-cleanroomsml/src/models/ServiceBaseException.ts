// smithy-typescript generated code
// The service's base exception under the name the runtime sources from codegen/runtime import.
export { CleanRoomsMLServiceException as ServiceBaseException } from "./CleanRoomsMLServiceException";
