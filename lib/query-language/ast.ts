/**
 * AST for InvestSuite's `query=` language (docs: "a mix of both OData and Apache Lucene").
 *
 * Shape decisions:
 * - `and` binds tighter than `or` (OData, SQL and Lucene's boolean operators all agree), so
 *   `a eq 1 or b eq 2 and c eq 3` means `a eq 1 or (b eq 2 and c eq 3)`. The docs state no
 *   precedence; picking the one every neighbouring language uses is the least surprising.
 * - Parentheses group. The docs do not mention them, but without them `(a or b) and c`
 *   cannot be written, and a visual builder produces nested groups. They add no ambiguity:
 *   `(` and `)` cannot appear in unquoted values. The serializer only emits them when
 *   needed, so a query that does not need grouping is sent without them.
 * - `and`/`or` are n-ary with at least two children. The parser flattens `a and b and c`
 *   but keeps an explicitly parenthesised same-operator group nested, so every AST
 *   round-trips through the serializer exactly.
 * - Strings carry no quoted/unquoted flag: `kristof` and `'kristof'` mean the same thing,
 *   so the AST keeps only the meaning and the serializer always quotes. Unquoted words
 *   that look like numbers, booleans or null are those types (`'1'` is a string, `1` a number).
 * - Numbers keep their decimal source text (`"600.0"`, `"1e100"`): amounts must never pass
 *   through a JS float; evaluation uses decimal.js.
 * - `*` in a string value makes it a `pattern` (prefix `jane*`, postfix `'*gmail.com'`,
 *   LIKE `'*gmail*'`, or in the middle). A literal star is written `\*` inside quotes.
 * - `span`s are 0-based [start, end) character offsets into the parsed text; optional so
 *   callers (the visual query builder) can build ASTs by hand. Equality ignores them.
 */

export type Span = { start: number; end: number };

export type ComparisonOperator = "eq" | "neq" | "lt" | "le" | "gt" | "ge";
export const COMPARISON_OPERATORS: readonly ComparisonOperator[] = ["eq", "neq", "lt", "le", "gt", "ge"];

export type StringValue = { kind: "string"; value: string; span?: Span };
/** Literal text between the `*` wildcards: `'*gmail*'` is `["", "gmail", ""]`. */
export type PatternValue = { kind: "pattern"; segments: [string, string, ...string[]]; span?: Span };
/** `value` is the decimal source text, e.g. `"-12.50"` or `"1e100"`. */
export type NumberValue = { kind: "number"; value: string; span?: Span };
export type BooleanValue = { kind: "boolean"; value: boolean; span?: Span };
export type NullValue = { kind: "null"; span?: Span };

export type Value = StringValue | PatternValue | NumberValue | BooleanValue | NullValue;
/** What `lt`/`le`/`gt`/`ge` and range bounds accept: an order only exists for these. */
export type OrderedValue = StringValue | NumberValue;

/** `field` is the dotted path as written, e.g. `config.manager_settings.active`. */
export type ComparisonNode = {
  type: "comparison";
  field: string;
  operator: ComparisonOperator;
  value: Value;
  span?: Span;
  fieldSpan?: Span;
};

/** `field in ['a', 'b']`: true when the field equals (with `eq` semantics) any item. */
export type InListNode = {
  type: "in";
  field: string;
  values: [Value, ...Value[]];
  span?: Span;
  fieldSpan?: Span;
};

/** `field in ['20200101' to '20210101']`: both bounds inclusive (Lucene's `[a TO b]`). */
export type InRangeNode = {
  type: "range";
  field: string;
  from: OrderedValue;
  to: OrderedValue;
  span?: Span;
  fieldSpan?: Span;
};

export type AndNode = { type: "and"; children: [FilterNode, FilterNode, ...FilterNode[]]; span?: Span };
export type OrNode = { type: "or"; children: [FilterNode, FilterNode, ...FilterNode[]]; span?: Span };

export type FilterNode = ComparisonNode | InListNode | InRangeNode | AndNode | OrNode;

export type SortDirection = "asc" | "desc";
export type OrderByKey = { field: string; direction: SortDirection; span?: Span };

/** `orderby` is part of the `query` parameter and always the last term. */
export type Query = { filter: FilterNode | null; orderBy: OrderByKey[] };

/**
 * Field names are dot-separated segments of letters, digits, `_`, `$` and `-`; the first
 * segment must not start with a digit or `-` (so it cannot be mistaken for a number).
 * `$` allows holdings keys such as `portfolio.$USD`.
 */
const FIELD_PATTERN = /^[A-Za-z_$][A-Za-z0-9_$-]*(?:\.[A-Za-z0-9_$-]+)*$/;

/** Words that structure the query, so they can never be a field name. */
export const RESERVED_FIELD_WORDS: readonly string[] = ["and", "or", "orderby"];

export function isValidFieldName(name: string): boolean {
  return FIELD_PATTERN.test(name) && !RESERVED_FIELD_WORDS.includes(name.toLowerCase());
}

/** Decimal literal grammar; no leading `+` because in URL form `+` is a space. */
export const NUMBER_PATTERN = /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
