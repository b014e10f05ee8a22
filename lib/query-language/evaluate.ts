import type { ComparisonNode, FilterNode, OrderByKey, Query, Span, Value } from "./ast";
import { compareSortKeys, compareToValue, isNumberValue, matchesPattern, toSortKey, type BoundMode, type SortKey } from "./scalars";

/**
 * Evaluates a parsed filter against a plain JSON record (the sandbox's entities). A JSON
 * number may be a JS number or, to keep every digit, a decimal.js `Decimal` (see `toDecimal`).
 *
 * Field paths: `config.manager_settings.active` walks nested objects. A missing field (or a
 * missing parent) is null, so `field eq null` matches it, the same as the docs' `field eq
 * null`/`neq null` pair with no separate "is missing". Unknown fields therefore also read as
 * null rather than failing: the real API probably answers 400, but whether a field exists
 * depends on the entity type, which this library does not know. A server that wants the 400
 * checks names first with `collectFields` / `findUnknownField`.
 *
 * Arrays: when the path meets an array (e.g. `readable_by`, `owned_by_user_ids`, or
 * objects inside a list), every element is a candidate and a comparison matches if *any*
 * candidate does (MongoDB's and Elasticsearch's rule, and what "is this user in
 * readable_by" needs). `neq` is the exact negation of `eq`: it matches when *no* element
 * equals. An empty array has no candidates: it is not null, so `eq null` is false.
 */
export function matchesFilter(node: FilterNode | null, record: unknown): boolean {
  if (node === null) return true;
  switch (node.type) {
    case "and":
      return node.children.every((child) => matchesFilter(child, record));
    case "or":
      return node.children.some((child) => matchesFilter(child, record));
    case "comparison":
      return matchesComparison(node, candidates(record, node.field));
    case "in": {
      const values = candidates(record, node.field);
      return node.values.some((value) => values.some((candidate) => equals(candidate, value)));
    }
    case "range":
      // Both bounds inclusive, checked against the same element of an array field.
      return candidates(record, node.field).some((candidate) => {
        const low = compareToValue(candidate, node.from, "lower");
        const high = compareToValue(candidate, node.to, "upper");
        return low !== null && high !== null && low >= 0 && high <= 0;
      });
  }
}

/**
 * A comparator for `Array.prototype.sort` (which is stable, so ties keep their incoming
 * order; append an `id` key if the order must be fully deterministic). Keys are compared
 * in turn; see `compareForSort` for how values of different kinds and nulls are ordered.
 * An array-valued field sorts as "other" (after strings): a list has no natural position.
 */
export function compareByOrder(orderBy: OrderByKey[]): (a: unknown, b: unknown) => number {
  // A sort compares each record about log2(n) times; parsing its values (dates, decimals)
  // once per record instead of per comparison made `orderby` over 5,000 portfolios ~5× faster.
  // The cache assumes records are not changed while one comparator is in use (one sort).
  const cache = new WeakMap<object, SortKey[]>();
  const keysOf = (record: unknown): SortKey[] => {
    const cacheable = typeof record === "object" && record !== null;
    let keys = cacheable ? cache.get(record) : undefined;
    if (!keys) {
      keys = orderBy.map((key) => toSortKey(readPath(record, key.field)));
      if (cacheable) cache.set(record, keys);
    }
    return keys;
  };
  return (a, b) => {
    const [left, right] = [keysOf(a), keysOf(b)];
    for (let i = 0; i < orderBy.length; i++) {
      const result = compareSortKeys(left[i]!, right[i]!);
      if (result !== 0) return orderBy[i]!.direction === "desc" ? -result : result;
    }
    return 0;
  };
}

/** The distinct field paths a filter reads, in order of first appearance. */
export function collectFields(node: FilterNode | null): string[] {
  return [...new Set(collectFieldRefs({ filter: node, orderBy: [] }).map((ref) => ref.field))];
}

export type FieldRef = { field: string; span?: Span };

/** Every field reference in a query, filter and `orderby`, with its position for errors. */
export function collectFieldRefs(query: Query): FieldRef[] {
  const refs: FieldRef[] = [];
  const visit = (node: FilterNode): void => {
    if (node.type === "and" || node.type === "or") node.children.forEach(visit);
    else refs.push({ field: node.field, span: node.fieldSpan });
  };
  if (query.filter) visit(query.filter);
  for (const key of query.orderBy)
    refs.push({ field: key.field, span: key.span && { start: key.span.start, end: key.span.start + key.field.length } });
  return refs;
}

/** The first reference to a field `isKnown` rejects, so a server can answer 400 with its position. */
export function findUnknownField(query: Query, isKnown: (field: string) => boolean): FieldRef | null {
  return collectFieldRefs(query).find((ref) => !isKnown(ref.field)) ?? null;
}

function matchesComparison(node: ComparisonNode, values: unknown[]): boolean {
  switch (node.operator) {
    case "eq":
      return values.some((candidate) => equals(candidate, node.value));
    case "neq":
      return !values.some((candidate) => equals(candidate, node.value));
    case "lt":
      return values.some((candidate) => test(candidate, node.value, "lower", (c) => c < 0));
    case "le":
      return values.some((candidate) => test(candidate, node.value, "upper", (c) => c <= 0));
    case "gt":
      return values.some((candidate) => test(candidate, node.value, "upper", (c) => c > 0));
    case "ge":
      return values.some((candidate) => test(candidate, node.value, "lower", (c) => c >= 0));
  }
}

function equals(candidate: unknown, value: Value): boolean {
  if (value.kind === "pattern") return matchesPattern(candidate, value);
  return compareToValue(candidate, value, "equality") === 0;
}

function test(candidate: unknown, value: Value, mode: BoundMode, accept: (c: number) => boolean): boolean {
  const result = compareToValue(candidate, value, mode);
  return result !== null && accept(result);
}

/** The values a path reaches: arrays along the way and at the end are spread; missing is null. */
function candidates(record: unknown, field: string): unknown[] {
  // Fast path, run for every record a filter sees: walk the path while it meets no array.
  const keys = pathKeys(field);
  let value = ownProperty(record, keys[0]!);
  for (let depth = 1; depth < keys.length; depth++) {
    if (Array.isArray(value)) return spreadCandidates(record, keys);
    value = ownProperty(value, keys[depth]!);
  }
  return Array.isArray(value) ? value : [value ?? null];
}

/** The general walk: every array met below the record is spread into its elements. */
function spreadCandidates(record: unknown, keys: readonly string[]): unknown[] {
  // The record itself is never spread: a top-level array is not a record.
  let current: unknown[] = [record];
  keys.forEach((key, depth) => {
    const spread = depth === 0 ? current : current.flatMap((value) => (Array.isArray(value) ? value : [value]));
    current = spread.map((value) => ownProperty(value, key));
  });
  return current.flatMap((value) => (Array.isArray(value) ? value : [value ?? null]));
}

/** A field's path segments; a filter asks for the same few fields once per record. */
const pathCache = new Map<string, readonly string[]>();
function pathKeys(field: string): readonly string[] {
  let keys = pathCache.get(field);
  if (!keys) {
    if (pathCache.size >= 512) pathCache.clear();
    keys = field.split(".");
    pathCache.set(field, keys);
  }
  return keys;
}

/** The value at a path without spreading arrays, for sorting. */
function readPath(record: unknown, field: string): unknown {
  return pathKeys(field).reduce<unknown>((value, key) => ownProperty(value, key), record);
}

function ownProperty(value: unknown, key: string): unknown {
  // Own properties only: a field named `constructor` or `__proto__` must read as missing.
  // A `Decimal` is a number, so its internals (`d`, `e`, `s`) are not fields either.
  if (typeof value !== "object" || value === null || Array.isArray(value) || isNumberValue(value)) return undefined;
  return Object.prototype.hasOwnProperty.call(value, key) ? (value as Record<string, unknown>)[key] : undefined;
}
