import { constructStack } from "@smithy/middleware-stack";
import { SMITHY_CONTEXT_KEY } from "@smithy/types";
import type { MiddlewareStack } from "@smithy/types";

// The resolved middleware of each command class, reused across calls, with every call keeping its own context, logs
// and output. Written by CallPathIntegration; the client plugin (callPathPlugin.ts) installs one CallPath per client.
//
// On every send, @smithy/core's Client resolves the command's handler from scratch: the command's own plugins are
// applied to its stack, the client's stack is cloned and merged with it, the merged list is normalised and sorted, and
// each middleware is composed around a new context. With the client option `cacheMiddleware: true` the Client keeps
// the first handler per command class instead (when send() gets no options), which is much cheaper but changes what a
// call does: every later command runs with the first command's context object (shared by concurrent calls) and its
// middleware stack (a middleware added to one command runs for all of them, or for none), and middleware added to the
// client after the first call never runs.
//
// This keeps the cheap part and restores the rest. The handler the Client caches is a dispatcher; for each command it
// is called with, it uses the middleware list recorded for the command's class, composed per call around a fresh
// context built the way Command.resolveMiddlewareWithContext builds it (with this command as `commandInstance`), and
// the request handler call of the recorded resolution. It falls back to the full resolution for that call when
//   - the command's own middleware stack is not empty (the user added middleware to this command, or sends it again),
//   - the client's middleware stack changed since the list was recorded (add, addRelativeTo, use, remove,
//     removeByTag), or asks to print its stack on resolve (identifyOnResolve),
//   - the client's `requestHandler` or `logger` is no longer the one the recorded resolution used, or
//   - nothing is recorded for the class yet (the first time, the full resolution of a command with an empty stack
//     records it; with `cacheMiddleware: false` the Client never caches, and every call is the stock resolution).
// send() with options (an abortSignal, say) never reaches the dispatcher: the Client resolves that call in full and
// drops its cache, and the next plain send resolves once and is back on the recorded list.

type Factory = (next: unknown, context: Record<string, unknown>) => unknown;
type CallHandler = (command: unknown) => Promise<unknown>;
type AnyStack = MiddlewareStack<any, any>;

/** What a command looks like to the Client: the class builder's commands have all of it. */
interface CommandLike {
  middlewareStack?: AnyStack;
  resolveMiddleware(stack: AnyStack, config: unknown, options: unknown): CallHandler;
}

/** What the call path reads from the client's resolved config on every call. */
export interface CallPathConfig {
  cacheMiddleware?: boolean;
  requestHandler?: unknown;
  logger?: unknown;
}

interface Recorded {
  version: number;
  /** Middleware factories, innermost first (the order a stack's resolve() composes them in). */
  factories: Factory[];
  /** The request handler call of the recorded resolution (its request options are empty: no send() options). */
  terminal: unknown;
  /** The context the recorded resolution was given, before any middleware ran (its smithy context replaced per call). */
  context: Record<string, unknown>;
  /** Its smithy context (service, operation, schema, ...); `commandInstance` is replaced per call. */
  smithyContext: Record<string, unknown>;
  requestHandler: unknown;
  logger: unknown;
}

/** Counts the entries of a stack through its public applyToStack (which adds each entry to the stack it is given). */
class EntryCounter {
  entries = 0;
  identify = false;
  add(): void {
    this.entries += 1;
  }
  addRelativeTo(): void {
    this.entries += 1;
  }
  identifyOnResolve(toggle?: boolean): boolean {
    if (toggle === true) this.identify = true;
    return false;
  }
  /** True when `stack` has no middleware and does not ask to be printed on resolve. */
  isEmpty(stack: AnyStack | undefined): boolean {
    if (typeof stack?.applyToStack !== "function") return false;
    this.entries = 0;
    this.identify = false;
    stack.applyToStack(this as unknown as AnyStack);
    return this.entries === 0 && !this.identify;
  }
}

/** An entry's options as a stack copies them (name, step, priority, relation, ...) without its middleware. */
const placement = (options: Record<string, unknown>): Record<string, unknown> => {
  const copy = { ...options };
  delete copy.middleware;
  return copy;
};

const MUTATORS = ["add", "addRelativeTo", "remove", "removeByTag"] as const;

export class CallPath {
  /** Bumped by every change to the client's stack; a recorded list is used only with the version it was made at. */
  private version = 0;
  private readonly recorded = new Map<unknown, Recorded>();
  /** The command whose resolution, now under way, may be recorded: one whose own stack was empty. */
  private recordFor: unknown = undefined;
  private readonly counter = new EntryCounter();

  constructor(
    private readonly stack: AnyStack,
    private readonly config: CallPathConfig,
  ) {
    const target = stack as unknown as Record<string, (...args: unknown[]) => unknown>;
    for (const name of MUTATORS) {
      const original = target[name];
      target[name] = (...args: unknown[]) => {
        this.version += 1;
        return original(...args);
      };
    }
    const concat = stack.concat;
    stack.concat = (from) => {
      const merged = concat(from);
      if (this.config.cacheMiddleware === true) this.watch(merged);
      return merged;
    };
  }

  /** Sends `command` the way the Client's cached handler would, per call. */
  send(command: CommandLike): Promise<unknown> {
    const recorded = this.recorded.get(command.constructor);
    const config = this.config;
    if (
      recorded === undefined ||
      recorded.version !== this.version ||
      recorded.requestHandler !== config.requestHandler ||
      recorded.logger !== config.logger ||
      this.stack.identifyOnResolve() ||
      !this.counter.isEmpty(command.middlewareStack)
    ) {
      return this.resolveAndSend(command);
    }
    // Literals over the recorded templates, keys in the same places: V8 clones the template's shape in one step.
    const smithyContext = { ...recorded.smithyContext, commandInstance: command };
    const context = { ...recorded.context, [SMITHY_CONTEXT_KEY]: smithyContext };
    const factories = recorded.factories;
    let handler = recorded.terminal;
    for (let i = 0; i < factories.length; i++) handler = factories[i](handler, context);
    return (handler as CallHandler)(command);
  }

  /** The stock resolution of `command`, recorded for its class when the command's own stack is empty. */
  private resolveAndSend(command: CommandLike): Promise<unknown> {
    this.recordFor = !this.stack.identifyOnResolve() && this.counter.isEmpty(command.middlewareStack) ? command : undefined;
    let handler: CallHandler;
    try {
      handler = command.resolveMiddleware(this.stack, this.config, undefined);
    } finally {
      this.recordFor = undefined;
    }
    return handler(command);
  }

  /** Hooks the resolve() of a stack the client merged for one command's resolution. */
  private watch(merged: AnyStack): void {
    const resolve = merged.resolve;
    merged.resolve = ((terminal: unknown, context: Record<string, unknown>) => {
      const command = (context[SMITHY_CONTEXT_KEY] as { commandInstance?: CommandLike } | undefined)?.commandInstance;
      if (command !== undefined && command === this.recordFor) {
        this.recordFor = undefined;
        this.recorded.set(command.constructor, this.record(merged, terminal, context));
      }
      const resolved = resolve(terminal as never, context as never) as unknown as CallHandler;
      return this.dispatcher(resolved, command);
    }) as AnyStack["resolve"];
  }

  /**
   * What the Client gets back from the command's resolveMiddleware: the resolved handler for the command it was
   * resolved for (called once, right away), and the per-call path for any other command, should the Client cache it.
   */
  private dispatcher(resolved: CallHandler, owner: unknown): CallHandler {
    if (owner === undefined) return resolved;
    // Dropped once used, so a handler the Client keeps does not hold on to the first command and its context.
    let pending: { resolved: CallHandler; owner: unknown } | undefined = { resolved, owner };
    return (command: unknown) => {
      if (pending !== undefined && command === pending.owner) {
        const first = pending.resolved;
        pending = undefined;
        return first(command);
      }
      return this.send(command as CommandLike);
    };
  }

  /** The merged stack's middleware in the order its resolve() composes them, and what the resolution was given. */
  private record(merged: AnyStack, terminal: unknown, context: Record<string, unknown>): Recorded {
    // The same stack implementation orders a copy whose entries only note their turn; resolving it composes nothing.
    const factories: Factory[] = [];
    const noting = constructStack<any, any>();
    const tag = (middleware: Factory) => (next: unknown) => {
      factories.push(middleware);
      return next;
    };
    merged.applyToStack({
      add: (middleware: Factory, options: Record<string, unknown>) => noting.add(tag(middleware) as never, placement(options) as never),
      addRelativeTo: (middleware: Factory, options: Record<string, unknown>) =>
        noting.addRelativeTo(tag(middleware) as never, placement(options) as never),
      identifyOnResolve: () => false,
    } as unknown as AnyStack);
    noting.resolve((() => undefined) as never, {} as never);
    return {
      version: this.version,
      factories,
      terminal,
      context: { ...context, [SMITHY_CONTEXT_KEY]: undefined },
      // Each call puts its own command here; the recorded one is not kept.
      smithyContext: { ...(context[SMITHY_CONTEXT_KEY] as Record<string, unknown>), commandInstance: undefined },
      requestHandler: this.config.requestHandler,
      logger: this.config.logger,
    };
  }
}
