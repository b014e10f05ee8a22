import { COMPARISON_OPERATORS, isValidFieldName, type ComparisonOperator, type FilterNode, type OrderByKey, type Query } from "./ast";
import { parseIn, parseOrdered, parseValue } from "./parse-values";
import type { Token } from "./lexer";
import { TokenStream } from "./token-stream";
import { decodeQueryParam, isUrlForm } from "./url-form";

export { QuerySyntaxError } from "./query-syntax-error";
export type { Query } from "./ast";

export type ParseQueryOptions = {
  /**
   * Whether `input` is still URL-encoded (`email+eq+'jane*'`). Default: detected by
   * `isUrlForm` (no whitespace, and a `+` or `%`), which no valid decoded query can match.
   */
  urlForm?: boolean;
};

/**
 * Parses an InvestSuite `query=` value (normally already URL-decoded by the server) into
 * a filter and the `orderby` keys. Throws `QuerySyntaxError` with a 0-based position.
 *
 * Grammar (keywords case-insensitive; `and` binds tighter than `or`, see ast.ts):
 *   query    := [or] [orderby] EOF
 *   or       := and ("or" and)*
 *   and      := primary ("and" primary)*
 *   primary  := "(" or ")" | FIELD OP value | FIELD "in" "[" (value ("," value)* | value "to" value) "]"
 *   orderby  := "orderby" FIELD ["asc"|"desc"] ("," FIELD ["asc"|"desc"])*
 *
 * `orderby` must be last. The docs allow a "selection term" after it but never say what
 * one is, so nothing may follow `orderby` here.
 */
export function parseQuery(input: string, options: ParseQueryOptions = {}): Query {
  const text = (options.urlForm ?? isUrlForm(input)) ? decodeQueryParam(input) : input;
  const stream = new TokenStream(text);
  const startsWithOrderBy = stream.isKeyword(stream.peek(), "orderby");
  const filter = startsWithOrderBy || stream.peek().kind === "eof" ? null : parseOr(stream, 0);
  const orderBy = stream.isKeyword(stream.peek(), "orderby") ? parseOrderBy(stream) : [];
  const end = stream.peek();
  if (end.kind !== "eof") {
    if (orderBy.length > 0) throw stream.fail("',' or end of query", end, "orderby must be the last term");
    throw stream.fail("'and', 'or', 'orderby' or end of query", end, trailingHint(stream, end));
  }
  return { filter, orderBy };
}

const OPERATOR_LIST = "an operator (eq, neq, lt, le, gt, ge, in)";
/** Near-misses from OData, SQL and other APIs get a pointer to InvestSuite's spelling. */
const OPERATOR_HINTS = new Map([
  ["ne", "not-equal is spelled 'neq'"],
  ["is", "use 'eq null' or 'neq null'; 'is' is not supported"],
  ["not", "negation is not supported; use 'neq'"],
  ["like", "use eq with * wildcards, e.g. 'jane*'"],
  ["lte", "use 'le'"],
  ["gte", "use 'ge'"],
]);

/** Deeper nesting is no real query; the limit turns a stack overflow into a 400. */
const MAX_DEPTH = 32;

/** `and` binds tighter than `or`: an or-group of and-groups of primaries. */
function parseOr(stream: TokenStream, depth: number): FilterNode {
  return parseJoined(stream, depth, "or", parseAnd);
}

function parseAnd(stream: TokenStream, depth: number): FilterNode {
  return parseJoined(stream, depth, "and", parsePrimary);
}

/** One or more `operand`s joined by `keyword`, as one group. */
function parseJoined(
  stream: TokenStream,
  depth: number,
  keyword: "and" | "or",
  operand: (stream: TokenStream, depth: number) => FilterNode,
): FilterNode {
  const children = [operand(stream, depth)];
  while (stream.isKeyword(stream.peek(), keyword)) {
    stream.next();
    children.push(operand(stream, depth));
  }
  return group(keyword, children);
}

/** `depth` counts the parentheses around this term. */
function parsePrimary(stream: TokenStream, depth: number): FilterNode {
  const token = stream.peek();
  if (stream.isPunct(token, "(")) {
    if (depth >= MAX_DEPTH) throw stream.fail(`at most ${MAX_DEPTH} nested parentheses`, token);
    stream.next();
    const inner = parseOr(stream, depth + 1);
    const close = stream.peek();
    if (!stream.isPunct(close, ")")) {
      const hint = stream.isKeyword(close, "orderby") ? "orderby cannot be inside parentheses" : undefined;
      throw stream.fail(`')' to close the '(' at position ${token.start}`, close, hint);
    }
    stream.next();
    // The group's span includes its parentheses, for highlighting.
    return { ...inner, span: { start: token.start, end: close.end } };
  }
  if (token.kind !== "word" || !isValidFieldName(token.text)) {
    const hint = depth === 0 && stream.isPunct(token, ")") ? "no matching '('" : undefined;
    throw stream.fail("a field name", token, hint);
  }
  stream.next();
  const fieldSpan = { start: token.start, end: token.end };
  const opToken = stream.peek();
  const op = opToken.kind === "word" ? opToken.text.toLowerCase() : "";
  if (op === "in") {
    stream.next();
    return parseIn(stream, token.text, fieldSpan);
  }
  if (!(COMPARISON_OPERATORS as readonly string[]).includes(op)) {
    throw stream.fail(OPERATOR_LIST, opToken, OPERATOR_HINTS.get(op));
  }
  stream.next();
  const operator = op as ComparisonOperator;
  const value =
    operator === "eq" || operator === "neq" ? parseValue(stream) : parseOrdered(stream, `a number, string or date to compare with '${op}'`);
  const span = { start: token.start, end: stream.previousEnd() };
  return { type: "comparison", field: token.text, operator, value, span, fieldSpan };
}

function parseOrderBy(stream: TokenStream): OrderByKey[] {
  stream.next();
  const keys: OrderByKey[] = [];
  for (;;) {
    const token = stream.peek();
    // `orderby desc` is a forgotten field, not a sort on a field called "desc".
    if (token.kind !== "word" || !isValidFieldName(token.text) || /^(asc|desc)$/i.test(token.text)) {
      throw stream.fail("a field name to order by", token);
    }
    stream.next();
    let direction: OrderByKey["direction"] = "asc";
    const dir = stream.peek();
    if (stream.isKeyword(dir, "asc") || stream.isKeyword(dir, "desc")) {
      direction = dir.text.toLowerCase() === "desc" ? "desc" : "asc";
      stream.next();
    }
    keys.push({ field: token.text, direction, span: { start: token.start, end: stream.previousEnd() } });
    if (!stream.isPunct(stream.peek(), ",")) return keys;
    stream.next();
  }
}

function trailingHint(stream: TokenStream, token: Token): string | undefined {
  if (stream.isPunct(token, ")")) return "no matching '('";
  if (stream.isKeyword(token, "order")) return "write 'orderby' as one word";
  return undefined;
}

/** One child is just that child; two or more make an n-ary node spanning them all. */
function group(type: "and" | "or", children: FilterNode[]): FilterNode {
  const [first, second, ...rest] = children;
  if (first === undefined) throw new Error("unreachable: a group always has a first child");
  if (second === undefined) return first;
  const start = first.span?.start ?? 0;
  const end = (rest[rest.length - 1] ?? second).span?.end ?? start;
  return { type, children: [first, second, ...rest], span: { start, end } };
}
