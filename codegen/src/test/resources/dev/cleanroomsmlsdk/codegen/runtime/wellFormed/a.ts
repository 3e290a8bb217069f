// Imports every kind RuntimeFeature accepts: a declared package (with a subpath), a sibling, the base exception.
import type { Provider } from "@smithy/types";
import { b } from "./b";
import { ServiceBaseException as __BaseException } from "../models/ServiceBaseException";
import {
  type HttpResponse,
} from "@smithy/types/dist-types/http";

export const a: Provider<string> | HttpResponse | typeof __BaseException | string = b;
