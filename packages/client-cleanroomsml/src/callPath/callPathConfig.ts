// smithy-typescript generated code
// Source: codegen/runtime/src/callPath/callPathConfig.ts (copied unchanged by codegen); edit it there, then npm run generate.
import { SharedSignerState } from "./sharedSigner";
import type { SharedSignerConfig } from "./sharedSigner";

// The client's per-call defaults, set up while its config is resolved. Written by CallPathIntegration, which registers
// two resolvers: resolveCallPathConfig with the other features' (before the AWS auth resolver) and toFastConfig last,
// right before the runtime extensions.

/** The client option this feature gives a default. */
export interface CallPathInputConfig {
  /**
   * Reuse the middleware resolved for a command class on later calls of that class (a `@smithy/core` client option).
   * Defaults to true in this client, where each call still gets its own context and runs the command's own middleware
   * and any middleware added to the client later; `false` resolves every call from scratch.
   */
  cacheMiddleware?: boolean;
}

/** @internal */
export interface CallPathResolvedConfig {
  cacheMiddleware: boolean;
}

/** What resolveCallPathConfig reads and sets. */
export interface CallPathResolvableConfig extends SharedSignerConfig {
  cacheMiddleware?: boolean;
  signer?: unknown;
  regionInfoProvider?: unknown;
}

/** The shared signer behind each signer provider this module installed, for the client plugin to bind. */
export const sharedSigners = new WeakMap<object, SharedSignerState>();

/**
 * `cacheMiddleware` defaults to true (the Client then caches a dispatcher per command class, see callPath.ts; `false`
 * gives the stock per-call resolution), and, unless the user passed `signer` or `regionInfoProvider`, the client gets
 * one SigV4 signer per client instead of one per call (sharedSigner.ts).
 *
 * @internal
 */
export const resolveCallPathConfig = <T extends CallPathResolvableConfig>(input: T): T & CallPathResolvedConfig => {
  if (input.cacheMiddleware === undefined) {
    input.cacheMiddleware = true;
  }
  if (input.signer === undefined && input.regionInfoProvider === undefined) {
    const state = new SharedSignerState(input);
    const signer = (authScheme: Parameters<SharedSignerState["signer"]>[0]) => state.signer(authScheme);
    sharedSigners.set(signer, state);
    input.signer = signer;
  }
  return input as T & CallPathResolvedConfig;
};

/**
 * The accessors of each config toFastConfig copied (by object, then property: the original descriptor), and one
 * forwarding getter/setter pair per property name and halves present. Shared by every copy of this module in the
 * process (two builds of the client, or two versions), through one registry under a global symbol: V8 only keeps a
 * fixed shape for objects whose accessors are the same functions, so every copy must use the same pairs.
 */
interface AccessorRegistry {
  accessorsOf: WeakMap<object, Map<PropertyKey, PropertyDescriptor>>;
  shared: Map<string, Pick<PropertyDescriptor, "get" | "set">>;
}
const REGISTRY = Symbol.for("@cleanroomsml-sdk/client-cleanroomsml/callPath/fastConfigAccessors/v1");
const registry: AccessorRegistry = (() => {
  const holder = globalThis as unknown as Record<symbol, AccessorRegistry | undefined>;
  const existing = holder[REGISTRY];
  if (existing !== undefined) return existing;
  const created: AccessorRegistry = { accessorsOf: new WeakMap(), shared: new Map() };
  Object.defineProperty(globalThis, REGISTRY, { value: created, enumerable: false, configurable: false, writable: false });
  return created;
})();

/** The shared pair for accessor `key`; it forwards to the accessor `accessorsOf` holds for the object it is read on. */
function sharedAccessor(key: PropertyKey, hasGet: boolean, hasSet: boolean): Pick<PropertyDescriptor, "get" | "set"> {
  const id = `${typeof key === "symbol" ? `@${key.description}` : `.${key}`}:${hasGet}:${hasSet}`;
  const { accessorsOf, shared } = registry;
  let pair = shared.get(id);
  if (pair === undefined) {
    pair = {};
    if (hasGet) {
      pair.get = function (this: object) {
        return accessorsOf.get(this)?.get(key)?.get?.call(this);
      };
    }
    if (hasSet) {
      pair.set = function (this: object, value: unknown) {
        accessorsOf.get(this)?.get(key)?.set?.call(this, value);
      };
    }
    shared.set(id, pair);
  }
  return pair;
}

/**
 * The resolved config as a new object with the same properties, in the same order, and the same prototype. An
 * accessor (today only `credentials`, whose setter re-resolves the credentials provider) stays an accessor that calls
 * the original getter and setter.
 *
 * The resolvers before it add dozens of properties to one object one by one, which leaves V8 holding it as a hash
 * table (dictionary mode). @smithy/core copies the client config into a new object several times per call (`{ ...config
 * }` in the schema serializer and deserializer and in endpoint resolution), and copying a dictionary-mode object is
 * about a hundred times slower than copying one with a fixed shape. A fresh copy has a fixed shape, provided its
 * accessors are the same functions for every client (V8 gives up on a shape, and falls back to dictionary mode, when
 * a second object defines the same accessor with other functions); hence the shared forwarding pairs. It runs as the
 * last resolver, so the client's `config`, and every plugin given it, get the copy; the runtime extensions then
 * reassign properties it already has.
 *
 * @internal
 */
export const toFastConfig = <T extends object>(config: T): T => {
  const descriptors = Object.getOwnPropertyDescriptors(config) as Record<PropertyKey, PropertyDescriptor>;
  let accessors: Map<PropertyKey, PropertyDescriptor> | undefined;
  for (const key of Reflect.ownKeys(descriptors)) {
    const d = descriptors[key as string];
    if (d.get !== undefined || d.set !== undefined) {
      accessors ??= new Map();
      accessors.set(key, d);
      const shared = sharedAccessor(key, d.get !== undefined, d.set !== undefined);
      descriptors[key as string] = { ...shared, enumerable: d.enumerable, configurable: d.configurable };
    }
  }
  const copy = Object.create(Object.getPrototypeOf(config), descriptors) as T;
  if (accessors !== undefined) registry.accessorsOf.set(copy, accessors);
  return copy;
};
