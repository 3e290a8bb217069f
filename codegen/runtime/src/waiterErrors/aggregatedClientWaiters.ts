import { createAggregatedClient } from "@smithy/smithy-client";

// The aggregated client's waiter methods (`new CleanRoomsML(config).waitUntil...(input, config)`). Written by
// WaiterErrorsIntegration, which calls this at the end of the generated aggregated-client module.
//
// The generated module passes the stock waitUntil* functions to createAggregatedClient, which defines a method for
// each one that is not yet on the prototype. This removes those methods and has createAggregatedClient define them
// again around the typed functions, so the methods keep their stock behaviour (a number is maxWaitTime, the client
// is `this`) and throw what the standalone functions throw.

/**
 * Defines the aggregated client's waiter methods around `waiters`, replacing the ones defined around the stock
 * functions.
 *
 * @internal
 */
export const replaceWaiterMethods = (
  Client: Parameters<typeof createAggregatedClient>[1],
  waiters: Record<string, (...args: never[]) => Promise<unknown>>,
): void => {
  const prototype = Client.prototype as unknown as Record<string, unknown>;
  for (const name of Object.keys(waiters)) {
    if (Object.prototype.hasOwnProperty.call(prototype, name)) {
      delete prototype[name];
    }
  }
  createAggregatedClient({}, Client, { waiters });
};
