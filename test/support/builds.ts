// The two published builds of the client, loaded the way users load them:
// dist-cjs through Node's require, dist-es through a bundler (esbuild), which is how ESM consumers run it.
import { join } from "node:path";

export type ClientModule = typeof import("@cleanroomsml-sdk/client-cleanroomsml");

export const ES_BUNDLE = join(__dirname, "..", "..", "build", "test-bundles", "client-es.cjs");

export const builds: Array<[name: string, load: () => ClientModule]> = [
  ["dist-cjs", () => require("@cleanroomsml-sdk/client-cleanroomsml")],
  ["dist-es", () => require(ES_BUNDLE)],
];
