// Entry of the browser bundle (esbuild --platform=browser): the client as a browser app gets it, so the package's
// "browser" field swaps in runtimeConfig.browser and FetchHttpHandler is the runtime's own default transport. Vectors
// that set requestHandler options pass them as a plain object, exactly as browser users configure it.
import * as sdk from "@cleanroomsml-sdk/client-cleanroomsml";
import { FetchHttpHandler } from "@smithy/fetch-http-handler";
import * as retry from "@smithy/util-retry";
import type { Vector } from "../../vectors/types";
import { executeVector, VectorReport } from "../vector-executor";

export interface PageContext {
  endpoint: string;
  credentials: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  region: string;
}

declare global {
  interface Window {
    runVector(v: Vector, ctx: PageContext): Promise<VectorReport>;
  }
}

window.runVector = (v, ctx) =>
  executeVector(
    {
      sdk,
      retry,
      makeRequestHandler: (options) => options,
      handlerClass: FetchHttpHandler,
      endpoint: ctx.endpoint,
      credentials: ctx.credentials,
      defaultRegion: ctx.region,
    },
    v,
  );
