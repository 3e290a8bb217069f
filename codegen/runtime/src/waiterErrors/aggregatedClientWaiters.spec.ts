import { Client, createAggregatedClient } from "@smithy/smithy-client";

import { replaceWaiterMethods } from "./aggregatedClientWaiters";

// An aggregated client as the generator writes one: a Client subclass whose waiter methods createAggregatedClient
// defines from the stock waitUntil* functions.
class ThingClient extends Client<any, any, any, any> {
  constructor() {
    super({ requestHandler: { handle: async () => ({ response: undefined as never }) } } as never);
  }
}
class Things extends ThingClient {}

const stock = jest.fn(async () => ({ state: "SUCCESS", from: "stock" }));
const typed = jest.fn(async (params: { client: unknown; maxWaitTime: number }, input: unknown) => ({ state: "SUCCESS", from: "typed", params, input }));
createAggregatedClient({}, Things, { waiters: { waitUntilThingActive: stock } });

describe("replaceWaiterMethods", () => {
  beforeAll(() => replaceWaiterMethods(Things, { waitUntilThingActive: typed }));

  it("makes the aggregated method call the typed function, with the client as `this` and a number as maxWaitTime", async () => {
    const things = new Things();
    const result = await (things as unknown as { waitUntilThingActive: (input: unknown, config: unknown) => Promise<{ from: string; params: { client: unknown; maxWaitTime: number } }> })
      .waitUntilThingActive({ id: "a" }, 30);
    expect(result.from).toBe("typed");
    expect(result.params.client).toBe(things);
    expect(result.params.maxWaitTime).toBe(30);
    expect(typed).toHaveBeenCalledWith({ maxWaitTime: 30, client: things }, { id: "a" });
    expect(stock).not.toHaveBeenCalled();
    things.destroy();
  });

  it("leaves the bare client without waiter methods", () => {
    expect((ThingClient.prototype as unknown as Record<string, unknown>).waitUntilThingActive).toBeUndefined();
  });
});
