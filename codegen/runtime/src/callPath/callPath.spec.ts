import { Client, Command } from "@smithy/smithy-client";
import type { HandlerExecutionContext, MiddlewareStack } from "@smithy/types";

import { getCallPathPlugin } from "./callPathPlugin";

// A tiny client and command built from the same @smithy/smithy-client classes the generated client uses, with one
// client middleware and one command plugin, and a terminal handler that answers the command's input.

interface Seen {
  input: unknown;
  context: HandlerExecutionContext;
}

class EchoCommand extends Command.classBuilder<{ id: string }, { id: string }, any, any, any>()
  .m(function () {
    return [{ applyToStack: (stack: MiddlewareStack<any, any>) => stack.add((next) => (args) => next(args), { name: "commandPluginMiddleware", step: "serialize", override: true }) }];
  })
  .s("Svc", "Echo", {})
  .n("EchoClient", "EchoCommand")
  .f()
  .build() {}

function newClient(config: Record<string, unknown> = {}) {
  const seen: Seen[] = [];
  const requestHandler = {
    handle: async (request: { input: { id: string } }) => ({ response: { echoed: request.input.id } }),
  };
  const client = new Client<any, any, any, any>({ requestHandler, cacheMiddleware: true, ...config } as never);
  // Stands in for the serializer and deserializer: the request carries the input, the output is the response's echo.
  client.middlewareStack.add(
    (next, context) => async (args: any) => {
      seen.push({ input: args.input, context });
      const result: any = await next({ ...args, request: { input: args.input } });
      return { ...result, output: { id: result.response.echoed } };
    },
    { name: "echoMiddleware", step: "initialize" },
  );
  client.middlewareStack.use(getCallPathPlugin(client.config as never));
  return { client, seen };
}

describe("CallPath", () => {
  it("resolves each command class in full twice (stock cache, then recording) and then reuses the recorded list", async () => {
    const { client } = newClient();
    const resolve = jest.spyOn(EchoCommand.prototype, "resolveMiddleware");
    try {
      for (let i = 0; i < 5; i++) expect(await client.send(new EchoCommand({ id: `n${i}` }))).toEqual({ id: `n${i}` });
      expect(resolve).toHaveBeenCalledTimes(2);
    } finally {
      resolve.mockRestore();
    }
  });

  it("gives every call its own context, with its own command instance, also when calls overlap", async () => {
    const { client, seen } = newClient();
    await client.send(new EchoCommand({ id: "warm-1" }));
    await client.send(new EchoCommand({ id: "warm-2" }));
    const commands = Array.from({ length: 10 }, (_, i) => new EchoCommand({ id: `c${i}` }));
    const outputs = await Promise.all(commands.map((c) => client.send(c)));
    expect(outputs).toEqual(commands.map((c) => ({ id: c.input.id })));
    const contexts = seen.slice(2).map((s) => s.context);
    expect(new Set(contexts).size).toBe(10);
    contexts.forEach((context, i) => {
      expect((context as any).__smithy_context.commandInstance).toBe(commands[i]);
      expect(context).toMatchObject({ clientName: "EchoClient", commandName: "EchoCommand" });
    });
  });

  it("runs middleware added to one command for that command only", async () => {
    const { client } = newClient();
    for (let i = 0; i < 3; i++) await client.send(new EchoCommand({ id: "plain" }));
    const ran: string[] = [];
    const marked = new EchoCommand({ id: "marked" });
    marked.middlewareStack.add((next) => (args: any) => (ran.push(args.input.id), next(args)), { step: "initialize" });
    await client.send(marked);
    await client.send(new EchoCommand({ id: "after" }));
    expect(ran).toEqual(["marked"]);
  });

  it("runs client middleware added or removed after the first calls", async () => {
    const { client } = newClient();
    for (let i = 0; i < 3; i++) await client.send(new EchoCommand({ id: "before" }));
    const ran: string[] = [];
    const late = (next: any) => (args: any) => (ran.push(args.input.id), next(args));
    client.middlewareStack.add(late, { step: "build", name: "lateMiddleware" });
    await client.send(new EchoCommand({ id: "added" }));
    await client.send(new EchoCommand({ id: "added-again" }));
    client.middlewareStack.remove("lateMiddleware");
    await client.send(new EchoCommand({ id: "removed" }));
    expect(ran).toEqual(["added", "added-again"]);
  });

  it("uses a requestHandler replaced on the config", async () => {
    const { client } = newClient();
    for (let i = 0; i < 3; i++) await client.send(new EchoCommand({ id: "x" }));
    (client.config as any).requestHandler = { handle: async () => ({ response: { echoed: "replaced" } }) };
    expect(await client.send(new EchoCommand({ id: "x" }))).toEqual({ id: "replaced" });
  });

  it("with cacheMiddleware false, resolves every call in full", async () => {
    const { client } = newClient({ cacheMiddleware: false });
    const resolve = jest.spyOn(EchoCommand.prototype, "resolveMiddleware");
    try {
      for (let i = 0; i < 4; i++) await client.send(new EchoCommand({ id: "y" }));
      expect(resolve).toHaveBeenCalledTimes(4);
    } finally {
      resolve.mockRestore();
    }
  });

  it("goes back to the recorded list one call after a send with options", async () => {
    const { client } = newClient();
    for (let i = 0; i < 3; i++) await client.send(new EchoCommand({ id: "w" }));
    const resolve = jest.spyOn(EchoCommand.prototype, "resolveMiddleware");
    try {
      await client.send(new EchoCommand({ id: "with-options" }), { abortSignal: new AbortController().signal });
      await client.send(new EchoCommand({ id: "first-plain" }));
      expect(resolve).toHaveBeenCalledTimes(2);
      for (let i = 0; i < 3; i++) await client.send(new EchoCommand({ id: "plain" }));
      expect(resolve).toHaveBeenCalledTimes(2);
    } finally {
      resolve.mockRestore();
    }
  });
});
