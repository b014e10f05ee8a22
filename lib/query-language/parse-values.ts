import { NUMBER_PATTERN, type FilterNode, type OrderedValue, type Span, type Value } from "./ast";
import { expected } from "./query-syntax-error";
import type { TokenStream } from "./token-stream";

const VALUE_DESCRIPTION = "a value ('quoted string', word, number, true, false or null)";
/** Words that end a term, so they are never taken as an unquoted value. */
const NOT_A_VALUE = new Set(["and", "or", "orderby", "to"]);
const RANGE_HINT = "a range has exactly two bounds: [a to b]";

/**
 * One value. Unquoted words are typed by their text: `null`, `true`/`false`
 * (case-insensitive), a decimal number, a pattern if they contain `*`, else a string.
 * Quoted text is always a string or pattern, so `'1'` and `'true'` stay strings.
 */
export function parseValue(stream: TokenStream): Value {
  const token = stream.peek();
  const span = { start: token.start, end: token.end };
  if (token.kind === "string") {
    stream.next();
    return textValue(token.segments ?? [token.text], span);
  }
  if (token.kind !== "word" || NOT_A_VALUE.has(token.text.toLowerCase())) {
    throw stream.fail(VALUE_DESCRIPTION, token);
  }
  stream.next();
  const lower = token.text.toLowerCase();
  if (lower === "null") return { kind: "null", span };
  if (lower === "true" || lower === "false") return { kind: "boolean", value: lower === "true", span };
  if (NUMBER_PATTERN.test(token.text)) return { kind: "number", value: token.text, span };
  return textValue(token.text.split("*"), span);
}

/** A value that has an order, for `lt`/`le`/`gt`/`ge` and range bounds. */
export function parseOrdered(stream: TokenStream, what: string): OrderedValue {
  return asOrdered(stream, parseValue(stream), what);
}

/** After `field in`: either a list `[v, ...]` or a range `[a to b]`. */
export function parseIn(stream: TokenStream, field: string, fieldSpan: Span): FilterNode {
  const open = stream.peek();
  if (!stream.isPunct(open, "[")) throw stream.fail("'[' to start the list after 'in'", open);
  stream.next();
  const first = parseValue(stream);
  if (stream.isKeyword(stream.peek(), "to")) {
    stream.next();
    const from = asOrdered(stream, first, "a number, string or date as the range's lower bound");
    const to = parseOrdered(stream, "a number, string or date as the range's upper bound");
    const close = stream.peek();
    if (!stream.isPunct(close, "]")) throw stream.fail("']' to close the range", close, RANGE_HINT);
    stream.next();
    return { type: "range", field, from, to, span: { start: fieldSpan.start, end: close.end }, fieldSpan };
  }
  const values: [Value, ...Value[]] = [first];
  for (;;) {
    const token = stream.peek();
    if (stream.isPunct(token, "]")) {
      stream.next();
      return { type: "in", field, values, span: { start: fieldSpan.start, end: token.end }, fieldSpan };
    }
    if (!stream.isPunct(token, ",")) {
      throw stream.fail("',' or ']' in the list", token, stream.isKeyword(token, "to") ? RANGE_HINT : undefined);
    }
    stream.next();
    values.push(parseValue(stream));
  }
}

function asOrdered(stream: TokenStream, value: Value, what: string): OrderedValue {
  if (value.kind === "string" || value.kind === "number") return value;
  const start = value.span?.start ?? 0;
  const found = stream.input.slice(start, value.span?.end ?? start);
  const hint = value.kind === "pattern" ? "wildcards only work with eq, neq and in lists" : undefined;
  throw expected(what, start, found, stream.input, hint);
}

function textValue(segments: string[], span: Span): Value {
  const [head, second, ...rest] = segments;
  if (head !== undefined && second !== undefined) return { kind: "pattern", segments: [head, second, ...rest], span };
  return { kind: "string", value: head ?? "", span };
}
