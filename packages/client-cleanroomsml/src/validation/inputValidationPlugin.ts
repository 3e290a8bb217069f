// smithy-typescript generated code
// Source: codegen/runtime/src/validation/inputValidationPlugin.ts (copied unchanged by codegen); edit it there, then npm run generate.
import type {
  AbsoluteLocation,
  InitializeHandlerArguments,
  InitializeHandlerOptions,
  InitializeHandlerOutput,
  InitializeMiddleware,
  MetadataBearer,
  Pluggable,
} from "@smithy/types";

import { type OperationInputConstraints, findInputViolation } from "./checkInput";
import type { InputValidationResolvedConfig } from "./inputValidationConfig";
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
  // The generated command re-applies its plugins each time it is sent; replacing by name keeps one copy.
  override: true,
};

/**
 * Middleware that refuses an input breaking `constraints` with an {@link InputValidationError}.
 *
 * @internal
 */
export const inputValidationMiddleware =
  (constraints: OperationInputConstraints): InitializeMiddleware<any, MetadataBearer> =>
  (next) =>
  (args: InitializeHandlerArguments<any>): Promise<InitializeHandlerOutput<MetadataBearer>> => {
    const violation = findInputViolation(constraints, args.input);
    // A rejected promise, not a throw: `client.send` must fail asynchronously like any other error.
    return violation === undefined
      ? next(args)
      : Promise.reject(new InputValidationError(constraints.operation, violation));
  };

// With `inputValidation: false` the middleware is taken out again: a command keeps its stack between sends, so one
// first sent through a validating client would otherwise keep checking.
const disabled: Pluggable<any, MetadataBearer> = {
  applyToStack: (stack) => {
    stack.remove(middlewareOptions.name!);
  },
};

// One plugin per table, built on first use: sending a command costs a lookup here, not new closures.
const plugins = new WeakMap<OperationInputConstraints, Pluggable<any, MetadataBearer>>();

/**
 * The runtime plugin each generated command applies with its own table.
 *
 * @internal
 */
export const getInputValidationPlugin = (
  config: InputValidationResolvedConfig,
  { constraints }: { constraints: OperationInputConstraints },
): Pluggable<any, MetadataBearer> => {
  if (config.inputValidation === false) return disabled;
  let plugin = plugins.get(constraints);
  if (plugin === undefined) {
    const middleware = inputValidationMiddleware(constraints);
    plugin = {
      applyToStack: (stack) => {
        stack.add(middleware, middlewareOptions);
      },
    };
    plugins.set(constraints, plugin);
  }
  return plugin;
};
