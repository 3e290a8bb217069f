import type { Pluggable } from "@smithy/types";

import { CallPath } from "./callPath";
import type { CallPathConfig } from "./callPath";
import { sharedSigners } from "./callPathConfig";
import type { SharedSignerConfig } from "./sharedSigner";

// Written by CallPathIntegration, which registers it as a client plugin: it runs once, in the client's constructor,
// with the client's final config, and adds no middleware.

/** What the plugin reads from the client's resolved config. */
export interface CallPathPluginConfig extends CallPathConfig, SharedSignerConfig {
  signer?: unknown;
}

/**
 * Binds the shared signer (if resolveCallPathConfig installed one) to the client's final config and installs the
 * per-class call path on the client's middleware stack.
 *
 * @internal
 */
export const getCallPathPlugin = (config: CallPathPluginConfig): Pluggable<any, any> => ({
  applyToStack: (stack) => {
    const signer = config.signer;
    if (typeof signer === "function") sharedSigners.get(signer)?.bind(config);
    new CallPath(stack, config);
  },
});
