import type {
  AbsoluteLocation,
  InitializeHandlerArguments,
  InitializeHandlerOptions,
  InitializeHandlerOutput,
  InitializeMiddleware,
  MetadataBearer,
  Pluggable,
} from "@smithy/types";

import { type CheckInputOptions, type InputCheckLevel, type OperationInputConstraints, findInputViolation } from "./checkInput";
import { type InputValidationResolvedConfig, inputCheckLevel } from "./inputValidationConfig";
import { InputValidationError } from "./InputValidationError";

// Adds the input check to every command's middleware stack. Written by InputValidationIntegration.

const middlewareOptions: InitializeHandlerOptions & AbsoluteLocation = {
  // `initialize` is the first step, before `serialize`: a bad input is refused before any request is built,
  // endpoint resolved, credentials fetched, signature computed or byte sent, and before retries could repeat it.
  step: "initialize",
  name: "inputValidationMiddleware",
  tags: ["INPUT_VALIDATION"],
  // First within the step too, so no other initialize middleware acts on an input that is about to be refused.
  priority: "high",
  // The generated command re-applies its plugins each time it is sent, and keeps its stack between sends: replacing
  // by name keeps one copy, at the level of the client sending it now (a command first sent through a strict client
  // is checked at the default level when a default client sends it next).
  override: true,
};

/**
 * Middleware that refuses an input breaking `constraints` at `level` with an {@link InputValidationError}.
 *
 * @internal
 */
export const inputValidationMiddleware = (
  constraints: OperationInputConstraints,
  level: InputCheckLevel,
): InitializeMiddleware<any, MetadataBearer> => {
  // Built once per table and level, so a send allocates nothing here.
  const options: CheckInputOptions = { level };
  return (next) =>
    (args: InitializeHandlerArguments<any>): Promise<InitializeHandlerOutput<MetadataBearer>> => {
      const violation = findInputViolation(constraints, args.input, options);
      // A rejected promise, not a throw: `client.send` must fail asynchronously like any other error.
      return violation === undefined
        ? next(args)
        : Promise.reject(new InputValidationError(constraints.operation, violation));
    };
};

// One plugin per table and level, built on first use: sending a command costs a lookup here, not new closures.
const plugins = new WeakMap<OperationInputConstraints, Partial<Record<InputCheckLevel, Pluggable<any, MetadataBearer>>>>();

/**
 * The runtime plugin each generated command applies with its own table, at the level the client's
 * `inputValidation` option selects.
 *
 * @internal
 */
export const getInputValidationPlugin = (
  config: InputValidationResolvedConfig,
  { constraints }: { constraints: OperationInputConstraints },
): Pluggable<any, MetadataBearer> => {
  const level = inputCheckLevel(config.inputValidation);
  let byLevel = plugins.get(constraints);
  if (byLevel === undefined) {
    byLevel = {};
    plugins.set(constraints, byLevel);
  }
  let plugin = byLevel[level];
  if (plugin === undefined) {
    const middleware = inputValidationMiddleware(constraints, level);
    plugin = {
      applyToStack: (stack) => {
        stack.add(middleware, middlewareOptions);
      },
    };
    byLevel[level] = plugin;
  }
  return plugin;
};
