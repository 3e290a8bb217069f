// Facts of a Smithy JSON AST, documentation aside, and a shape-by-shape comparison that says what differs.
// Shared by .ci/check-model-facts.mjs (our build vs the reference AST) and .ci/model-upstream.mjs (our model vs
// AWS's published model of the whole service, cut down to one operation's closure).
import { isDeepStrictEqual } from "node:util";

// Traits that carry no fact about the service: documentation (ours is in our own words) and what this repository adds
// on purpose (waiters, Smithy protocol test cases).
export const NOT_FACTS = new Set([
  "documentation",
  "smithy.api#documentation",
  "smithy.waiters#waitable",
  "smithy.test#httpRequestTests",
  "smithy.test#httpResponseTests",
]);
const ENDPOINT_TRAITS = new Set(["smithy.rules#endpointRuleSet", "smithy.rules#endpointTests"]);
const LIFECYCLE = ["create", "put", "read", "update", "delete", "list"];

// Serializer noise: an empty trait map or member list carries no fact.
const isEmpty = (v) => (Array.isArray(v) && v.length === 0) || (v && typeof v === "object" && !Array.isArray(v) && Object.keys(v).length === 0);
const byTarget = (a, b) => String(a.target).localeCompare(String(b.target));

/** A shape (or any AST node) without documentation, our additions and empty containers; errors sorted (a set). */
export function facts(node) {
  if (Array.isArray(node)) return node.map(facts);
  if (node && typeof node === "object") {
    const out = {};
    for (const [k, v] of Object.entries(node)) {
      if (NOT_FACTS.has(k)) continue;
      const f = k === "errors" && Array.isArray(v) ? facts([...v].sort(byTarget)) : facts(v);
      if (!isEmpty(f)) out[k] = f;
    }
    return out;
  }
  return node;
}

const targetsOf = (refs) => (Array.isArray(refs) ? refs : refs ? [refs] : []).map((r) => r.target);

/**
 * The closure of one operation in a model: the operation, everything its input, output and errors reach, the
 * resources that bind it (and any resource an `aws.api#arnReference` names), and the service, each restricted to
 * what leads to the operation. Other operations, resources and their shapes are dropped.
 */
export function operationClosure(model, operationName) {
  const shapes = model.shapes ?? {};
  const matches = Object.keys(shapes).filter((id) => shapes[id].type === "operation" && id.endsWith(`#${operationName}`));
  if (matches.length !== 1) throw new Error(`expected one operation named ${operationName}, found ${matches.length}`);
  const [operation] = matches;

  // Which resources and services lead to the operation: every path from a service down through resources.
  const bindsOperation = (shape) => [...targetsOf(shape.operations), ...targetsOf(shape.collectionOperations),
    ...LIFECYCLE.flatMap((k) => targetsOf(shape[k]))].includes(operation);
  const leadsTo = new Map();
  const reaches = (id, seen = new Set()) => {
    if (leadsTo.has(id)) return leadsTo.get(id);
    if (seen.has(id) || !shapes[id]) return false;
    seen.add(id);
    const shape = shapes[id];
    const yes = bindsOperation(shape) || targetsOf(shape.resources).some((r) => reaches(r, seen));
    leadsTo.set(id, yes);
    return yes;
  };
  const out = {};
  const queue = [operation];
  const enqueue = (id) => { if (id && shapes[id] && !(id in out) && !queue.includes(id)) queue.push(id); };
  for (const [id, shape] of Object.entries(shapes)) {
    if (shape.type === "service" && reaches(id)) queue.push(id);
  }

  // A resource or service keeps its identity (identifiers, properties, traits, version) and only the bindings that
  // lead to the operation.
  const restrict = (shape) => {
    const kept = { ...shape };
    const onPath = (refs) => targetsOf(refs).filter((t) => t === operation || leadsTo.get(t)).map((target) => ({ target }));
    for (const k of ["operations", "collectionOperations", "resources"]) if (k in kept) kept[k] = onPath(kept[k]);
    for (const k of LIFECYCLE) if (k in kept && kept[k].target !== operation) delete kept[k];
    return kept;
  };

  while (queue.length) {
    const id = queue.shift();
    const shape = shapes[id];
    if (shape.type === "service" || shape.type === "resource") {
      out[id] = restrict(shape);
      for (const r of targetsOf(out[id].resources)) enqueue(r);
      for (const e of targetsOf(shape.errors)) enqueue(e);
      for (const ref of [...Object.values(shape.identifiers ?? {}), ...Object.values(shape.properties ?? {})]) enqueue(ref.target);
    } else {
      out[id] = shape;
      for (const t of [shape.input, shape.output, shape.member, shape.key, shape.value]) enqueue(t?.target);
      for (const t of targetsOf(shape.errors)) enqueue(t);
      for (const m of Object.values(shape.members ?? {})) enqueue(m.target);
      for (const m of targetsOf(shape.mixins)) enqueue(m);
    }
    for (const trait of [shape.traits, ...Object.values(shape.members ?? {}).map((m) => m.traits)]) {
      const arn = trait?.["aws.api#arnReference"];
      if (arn) for (const t of [arn.resource, arn.service]) enqueue(t);
    }
  }
  return { smithy: model.smithy, shapes: out };
}

const short = (id) => id.replace(/^[^#]*#/, "");
function show(value, max = 160) {
  const text = value === undefined ? "(none)" : JSON.stringify(value);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** The first place two JSON values differ: { path, a, b } (JSON-pointer path), or undefined when equal. */
export function firstDifference(a, b, path = "") {
  if (isDeepStrictEqual(a, b)) return undefined;
  if (a && b && typeof a === "object" && typeof b === "object" && Array.isArray(a) === Array.isArray(b)) {
    const keys = Array.isArray(a) ? [...Array(Math.max(a.length, b.length)).keys()] : [...new Set([...Object.keys(a), ...Object.keys(b)])];
    for (const k of keys) {
      const d = firstDifference(a[k], b[k], `${path}/${k}`);
      if (d) return d;
    }
  }
  return { path: path || "/", a, b };
}

function compareTraits(where, a = {}, b = {}, [la, lb], push) {
  for (const name of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (isDeepStrictEqual(a[name], b[name])) continue;
    if (!(name in b)) push(where, "trait", `${name} ${la} only: ${show(a[name])}`);
    else if (!(name in a)) push(where, "trait", `${name} ${lb} only: ${show(b[name])}`);
    else if (ENDPOINT_TRAITS.has(name)) {
      const d = firstDifference(a[name], b[name]);
      push(where, "endpoint rules", `${name} differs at ${d.path}: ${la} ${show(d.a, 100)}, ${lb} ${show(d.b, 100)}`);
    } else push(where, "trait", `${name} differs: ${la} ${show(a[name])}, ${lb} ${show(b[name])}`);
  }
}

/**
 * Differences between two sets of shapes (ids → shapes), documentation aside, as
 * { shape, kind, detail } with kind one of: shape, member, target, trait, error, endpoint rules, binding.
 * `labels` name the two sides in the details (default: reference, ours). `onlyIn` limits "not in a" reports to
 * shape ids with that prefix (a namespace).
 */
export function compareShapes(a, b, { labels = ["reference", "ours"], onlyIn = "" } = {}) {
  const [la, lb] = labels;
  const out = [];
  const push = (shape, kind, detail) => out.push({ shape, kind, detail });
  for (const id of Object.keys(a)) if (!(id in b)) push(id, "shape", `${a[id].type} ${la} only`);
  for (const id of Object.keys(b)) if (!(id in a) && id.startsWith(onlyIn)) push(id, "shape", `${b[id].type} ${lb} only`);
  for (const id of Object.keys(a).filter((x) => x in b)) {
    const sa = facts(a[id]);
    const sb = facts(b[id]);
    if (isDeepStrictEqual(sa, sb)) continue;
    const before = out.length;
    if (sa.type !== sb.type) push(id, "shape", `type ${la} ${sa.type}, ${lb} ${sb.type}`);
    compareTraits(id, sa.traits, sb.traits, labels, push);
    const ma = sa.members ?? {};
    const mb = sb.members ?? {};
    for (const m of new Set([...Object.keys(ma), ...Object.keys(mb)])) {
      const where = `${id}$${m}`;
      if (!(m in mb)) push(where, "member", `${la} only: target ${short(ma[m].target)}${ma[m].traits ? `, traits ${show(ma[m].traits, 100)}` : ""}`);
      else if (!(m in ma)) push(where, "member", `${lb} only: target ${short(mb[m].target)}${mb[m].traits ? `, traits ${show(mb[m].traits, 100)}` : ""}`);
      else {
        if (ma[m].target !== mb[m].target) push(where, "target", `${la} ${ma[m].target}, ${lb} ${mb[m].target}`);
        compareTraits(where, ma[m].traits, mb[m].traits, labels, push);
      }
    }
    const ea = targetsOf(sa.errors);
    const eb = targetsOf(sb.errors);
    for (const e of ea.filter((x) => !eb.includes(x))) push(id, "error", `${short(e)} ${la} only`);
    for (const e of eb.filter((x) => !ea.includes(x))) push(id, "error", `${short(e)} ${lb} only`);
    // Everything else a shape states: input/output, list member, map key/value, resource identifiers and bindings.
    for (const k of new Set([...Object.keys(sa), ...Object.keys(sb)])) {
      if (["type", "traits", "members", "errors"].includes(k) || isDeepStrictEqual(sa[k], sb[k])) continue;
      const d = firstDifference(sa[k], sb[k], `/${k}`);
      push(id, "binding", `${d.path}: ${la} ${show(d.a, 100)}, ${lb} ${show(d.b, 100)}`);
    }
    if (out.length === before) push(id, "shape", "differs"); // a safety net; every branch above should have named it
  }
  return out;
}

export const formatDifference = ({ shape, kind, detail }) => `${kind.padEnd(14)} ${shape}: ${detail}`;
