import { gone } from "./gone";
export const y = gone;
