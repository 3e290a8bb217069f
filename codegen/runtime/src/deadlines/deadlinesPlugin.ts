import type { AbsoluteLocation, DeserializeHandlerOptions, InitializeHandlerOptions, Pluggable } from "@smithy/types";

import { callAttemptMiddleware, callDeadlineMiddleware } from "./callDeadline";
import { withDeadlines } from "./requestHandlerDeadlines";

// Installs the deadlines on a client. Written by DeadlinesIntegration, which registers it as a client plugin: it runs
// once, in the client's constructor, after every config resolver and runtime extension has run, so it wraps the
// request handler the client really ends up with.

/** What the plugin reads from, and changes in, the client's resolved config. */
export interface DeadlinesPluginConfig {
  requestHandler: unknown;
  headersTimeout: number | false;
  callTimeout: number | false;
}

// Outermost: the deadline covers everything a call does, credentials and endpoint resolution included.
const callDeadlineOptions: InitializeHandlerOptions & AbsoluteLocation = {
  step: "initialize",
  priority: "high",
  name: "callDeadlineMiddleware",
  tags: ["DEADLINES"],
  override: true,
};

// First in the deserialize step: inside the retry middleware and after signing (finalizeRequest), around the
// response-reading middlewares, so it sees each attempt's final request and every way the attempt can fail.
const callAttemptOptions: DeserializeHandlerOptions & AbsoluteLocation = {
  step: "deserialize",
  priority: "high",
  name: "callAttemptMiddleware",
  tags: ["DEADLINES"],
  override: true,
};

/**
 * Wraps `config.requestHandler` (headersTimeout, and requests closed whenever an attempt ends early), and, only when
 * callTimeout is set, adds the call deadline's two middlewares: a client with default settings sends every command
 * through the same middleware list as before.
 *
 * @internal
 */
export const getDeadlinesPlugin = (config: DeadlinesPluginConfig): Pluggable<any, any> => ({
  applyToStack: (stack) => {
    config.requestHandler = withDeadlines(config.requestHandler, config);
    if (config.callTimeout !== false) {
      stack.add(callDeadlineMiddleware(config), callDeadlineOptions);
      stack.add(callAttemptMiddleware, callAttemptOptions);
    }
  },
});
