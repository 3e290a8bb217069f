import { Readable } from "node:stream";
export const r = Readable;
