import { fromUtf8 } from "@smithy/util-utf8";
export const f = fromUtf8;
