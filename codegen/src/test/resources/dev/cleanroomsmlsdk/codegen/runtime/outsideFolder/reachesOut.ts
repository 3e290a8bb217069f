import { x } from "../validation/checkInput";
export const y = x;
