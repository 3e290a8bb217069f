// Stand-in, never copied: in the client, codegen writes src/models/ServiceBaseException.ts, which re-exports the
// service's generated base exception (CleanRoomsMLServiceException) under this fixed name. This copy has the same
// shape, so the runtime sources compile and run on their own.
import { ServiceException, type ServiceExceptionOptions } from "@smithy/smithy-client";

export class ServiceBaseException extends ServiceException {
  constructor(options: ServiceExceptionOptions) {
    super(options);
    Object.setPrototypeOf(this, ServiceBaseException.prototype);
  }
}
