import Decimal from "decimal.js";

import { NUMBER_PATTERN, type PatternValue, type Value } from "./ast";
import { endOfDay, parseInstant, type Instant } from "./instant";

/** -1/0/1, or null when the two values have no common order (e.g. `true` vs `'abc'`). */
export type Comparison = -1 | 0 | 1 | null;

/**
 * How the query value is used. `upper` marks an inclusive upper bound (`le`, the end of a
 * range) and its complement `gt`: a date-only value there stands for the *end* of its day,
 * so `['20200101' to '20200131']` includes all of 31 January and `gt '20200131'` starts on
 * 1 February. This follows Elasticsearch's rounding of dates with missing time parts and
 * how people read "up to and including the 31st". Everywhere else (`eq`, `lt`, `ge`, range
 * start) a date-only value is 00:00 UTC of that day.
 */
export type BoundMode = "equality" | "lower" | "upper";

/**
 * Amounts arrive as JSON numbers or as strings ("amounts are typically stored as strings").
 * A decimal.js `Decimal` in a record is a JSON number held exactly: a server that keeps
 * money as decimal text and writes it as a JSON number cannot hand that number over as a JS
 * number without rounding it (`18.780000000000000001`), so it passes a `Decimal`, which
 * every rule treats as a number, never as text.
 */
export function toDecimal(value: unknown): Decimal | null {
  if (typeof value === "number") return Number.isFinite(value) ? new Decimal(value) : null;
  if (typeof value === "string") return NUMBER_PATTERN.test(value) ? new Decimal(value) : null;
  if (value instanceof Decimal) return value.isFinite() ? value : null;
  return null;
}

/**
 * A record value that is a number (JSON number or exact `Decimal`), as opposed to numeric text.
 * `instanceof`, not `Decimal.isDecimal`: that also accepts any plain object carrying
 * `toStringTag: "[object Decimal]"`, which a JSON record can contain. (Decimal.clone()
 * constructors share the prototype, so their instances pass too.)
 */
export function isNumberValue(value: unknown): value is number | Decimal {
  return typeof value === "number" || value instanceof Decimal;
}

/**
 * Compares one record value with a query value (record on the left).
 * - number query: the record value is read as a decimal (number or numeric string).
 * - string query: two dates/datetimes compare as instants; a JSON-number (or `Decimal`)
 *   record value compares as a decimal; for ordering, two numeric strings compare as decimals (so
 *   `'9' lt '10'`); otherwise exact, case-sensitive string comparison. Exact `eq` stays
 *   case-sensitive because it is how middleware finds a portfolio by `external_id` or ID,
 *   and a case-folded match there could pick the wrong customer's record.
 * - boolean/null: only the same JSON type matches; a missing field is null.
 */
export function compareToValue(record: unknown, query: Value, mode: BoundMode): Comparison {
  switch (query.kind) {
    case "null":
      return record === null || record === undefined ? 0 : null;
    case "boolean":
      return typeof record === "boolean" ? sign(Number(record) - Number(query.value)) : null;
    case "number": {
      const left = toDecimal(record);
      const right = queryDecimal(query.value);
      return left === null || right === null ? null : sign(left.comparedTo(right));
    }
    case "string":
      return compareWithString(record, query.value, mode);
    case "pattern":
      return null;
  }
}

function compareWithString(record: unknown, query: string, mode: BoundMode): Comparison {
  if (isNumberValue(record)) {
    const right = queryDecimal(query);
    const left = toDecimal(record);
    return left === null || right === null ? null : sign(left.comparedTo(right));
  }
  if (typeof record !== "string") return null;
  const queryInstant = queryInstantOf(query);
  const recordInstant = queryInstant ? parseInstant(record) : null;
  if (queryInstant && recordInstant) {
    const bound = mode === "upper" ? endOfDay(queryInstant) : queryInstant.nanos;
    return bigintSign(recordInstant.nanos - bound);
  }
  if (mode !== "equality") {
    const left = toDecimal(record);
    const right = queryDecimal(query);
    if (left !== null && right !== null) return sign(left.comparedTo(right));
  }
  return compareStrings(record, query);
}

/**
 * Wildcard match. Case-insensitive on purpose: wildcards are InvestSuite's search feature
 * (`email eq 'jane*'`), people type search terms in any case, and email addresses are
 * case-insensitive in practice. Only strings match; a number is not text to search.
 *
 * No regular expression: `'*a*a*a*a*b'` against a long string would backtrack
 * exponentially. With `*` as the only wildcard, taking each middle segment at its leftmost
 * match is exact, so the match is linear in the number of segments times the text length.
 */
export function matchesPattern(record: unknown, pattern: PatternValue): boolean {
  if (typeof record !== "string") return false;
  const text = record.toLowerCase();
  const segments = pattern.segments.map((segment) => segment.toLowerCase());
  const first = segments[0] ?? "";
  const last = segments[segments.length - 1] ?? "";
  if (text.length < first.length + last.length || !text.startsWith(first) || !text.endsWith(last)) return false;
  const end = text.length - last.length;
  let position = first.length;
  for (const middle of segments.slice(1, -1)) {
    const found = text.indexOf(middle, position);
    if (found === -1 || found + middle.length > end) return false;
    position = found + middle.length;
  }
  return true;
}

/**
 * Sort order for `orderby`. Values of one kind compare naturally (decimals numerically,
 * ISO datetimes as instants, strings by code unit); different kinds are ranked
 * boolean < number < datetime < string < other, so the order stays total and a mixed
 * column cannot make the sort inconsistent. Null and missing sort last ascending and first
 * descending, PostgreSQL's default and the likely behaviour of InvestSuite's database.
 * Compact `20200101` strings rank as numbers here: they order the same either way, and it
 * keeps 8-digit amounts that happen to look like dates next to other amounts.
 */
export function compareForSort(a: unknown, b: unknown): number {
  return compareSortKeys(toSortKey(a), toSortKey(b));
}

/** A value's place in `orderby` order, computed once so a sort need not re-parse it per comparison. */
export type SortKey = { rank: number; key: unknown };

/** compareForSort on keys from `toSortKey`. */
export function compareSortKeys(left: SortKey, right: SortKey): number {
  if (left.rank !== right.rank) return left.rank - right.rank;
  if (left.rank === RANK.number) return (left.key as Decimal).comparedTo(right.key as Decimal);
  // Compared directly: a bigint subtraction allocates, once per comparison of a sort.
  if (left.rank === RANK.datetime) return compareOrdered(left.key as bigint, right.key as bigint);
  if (left.rank === RANK.boolean || left.rank === RANK.string) return compareOrdered(left.key as string, right.key as string);
  return 0;
}

const RANK = { boolean: 0, number: 1, datetime: 2, string: 3, other: 4, null: 5 } as const;

export function toSortKey(value: unknown): SortKey {
  if (value === null || value === undefined) return { rank: RANK.null, key: null };
  if (typeof value === "boolean") return { rank: RANK.boolean, key: value ? "1" : "0" };
  const decimal = toDecimal(value);
  if (decimal !== null) return { rank: RANK.number, key: decimal };
  if (typeof value !== "string") return { rank: RANK.other, key: null };
  const instant = value.includes("-") ? parseInstant(value) : null;
  if (instant) return { rank: RANK.datetime, key: instant.nanos };
  return { rank: RANK.string, key: value };
}

/*
 * A filter compares the same few query values against every record, so their parsed forms
 * are memoised (bounded, so a long-running sandbox cannot grow it without limit).
 */
const MEMO_LIMIT = 512;
const decimalMemo = new Map<string, Decimal | null>();
const instantMemo = new Map<string, Instant | null>();

function queryDecimal(text: string): Decimal | null {
  return memo(decimalMemo, text, toDecimal);
}

function queryInstantOf(text: string): Instant | null {
  return memo(instantMemo, text, parseInstant);
}

function memo<T>(cache: Map<string, T>, key: string, compute: (key: string) => T): T {
  if (cache.has(key)) return cache.get(key) as T;
  if (cache.size >= MEMO_LIMIT) cache.clear();
  const value = compute(key);
  cache.set(key, value);
  return value;
}

function compareStrings(a: string, b: string): -1 | 0 | 1 {
  return compareOrdered(a, b);
}

function compareOrdered<T extends string | bigint>(a: T, b: T): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sign(n: number): -1 | 0 | 1 {
  return n < 0 ? -1 : n > 0 ? 1 : 0;
}

function bigintSign(n: bigint): -1 | 0 | 1 {
  return n < 0n ? -1 : n > 0n ? 1 : 0;
}
