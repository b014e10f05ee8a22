import {
  COMPARISON_OPERATORS,
  isValidFieldName,
  NUMBER_PATTERN,
  type ComparisonOperator,
  type FilterNode,
  type OrderByKey,
  type OrderedValue,
  type Query,
  type Value,
} from "./ast";
import { tokenize, type Token } from "./lexer";
import { expected, QuerySyntaxError } from "./query-syntax-error";
import { decodeQueryParam, isUrlForm } from "./url-form";

export { QuerySyntaxError } from "./query-syntax-error";
export type { Query } from "./ast";

export type ParseQueryOptions = {
  /**
   * Whether `input` is still URL-encoded (`email+eq+'jane*'`). Default: detected, see
   * `isUrlForm`. Pass `false` when a decoded query may legitimately lack whitespace.
   */
  urlForm?: boolean;
};

/**
 * Parses an InvestSuite `query=` value (normally already URL-decoded by the server) into
 * a filter and the `orderby` keys. Throws `QuerySyntaxError` with a 0-based position.
 *
 * Grammar (keywords are case-insensitive, `and` binds tighter than `or`):
 *   query      := [or] [orderby] EOF
 *   or         := and ("or" and)*
 *   and        := primary ("and" primary)*
 *   primary    := "(" or ")" | FIELD OP value | FIELD "in" "[" (value ("," value)* | bound "to" bound) "]"
 *   orderby    := "orderby" FIELD ["asc"|"desc"] ("," FIELD ["asc"|"desc"])*
 */
export function parseQuery(input: string, options: ParseQueryOptions = {}): Query {
  const text = (options.urlForm ?? isUrlForm(input)) ? decodeQueryParam(input) : input;
  return new Parser(text).parse();
}

const OPERATOR_LIST = "an operator (eq, neq, lt, le, gt, ge, in)";
const VALUE_DESCRIPTION = "a value ('quoted string', word, number, true, false or null)";
/** Common near-misses get a pointer to the spelling InvestSuite documents. */
const OPERATOR_HINTS: Record<string, string> = {
  ne: "not-equal is spelled 'neq'",
  is: "use 'eq null' or 'neq null'; 'is' is not supported",
  not: "negation is not supported; use 'neq'",
  like: "use eq with * wildcards, e.g. 'jane*'",
  lte: "use 'le'",
  gte: "use 'ge'",
};
/** Words that end a term, so they are never taken as an unquoted value. */
const NOT_A_VALUE = new Set(["and", "or", "orderby", "to"]);

class Parser {
  private index = 0;
  private readonly tokens: Token[];

  constructor(private readonly input: string) {
    this.tokens = tokenize(input);
  }

  parse(): Query {
    const filter = this.isKeyword(this.peek(), "orderby") || this.peek().kind === "eof" ? null : this.parseOr(null);
    const orderBy = this.isKeyword(this.peek(), "orderby") ? this.parseOrderBy() : [];
    const end = this.peek();
    if (end.kind !== "eof") {
      if (orderBy.length > 0) {
        throw this.fail("',' or end of query", end, "orderby must be the last term");
      }
      const hint = end.text === ")" ? "no matching '('" : undefined;
      throw this.fail("'and', 'or', 'orderby' or end of query", end, hint);
    }
    return { filter, orderBy };
  }

  private parseOr(openParen: Token | null): FilterNode {
    const children: FilterNode[] = [this.parseAnd(openParen)];
    while (this.isKeyword(this.peek(), "or")) {
      this.next();
      children.push(this.parseAnd(openParen));
    }
    return group("or", children);
  }

  private parseAnd(openParen: Token | null): FilterNode {
    const children: FilterNode[] = [this.parsePrimary(openParen)];
    while (this.isKeyword(this.peek(), "and")) {
      this.next();
      children.push(this.parsePrimary(openParen));
    }
    return group("and", children);
  }

  private parsePrimary(outerParen: Token | null): FilterNode {
    const token = this.peek();
    if (token.text === "(" && token.kind === "punct") {
      this.next();
      const inner = this.parseOr(token);
      const close = this.peek();
      if (close.kind !== "punct" || close.text !== ")") {
        const hint = this.isKeyword(close, "orderby") ? "orderby cannot be inside parentheses" : undefined;
        throw this.fail(`')' to close the '(' at position ${token.start}`, close, hint);
      }
      this.next();
      return withSpan(inner, token.start, close.end);
    }
    if (token.kind !== "word" || !isValidFieldName(token.text)) {
      const hint = outerParen === null && token.text === ")" ? "no matching '('" : undefined;
      throw this.fail("a field name", token, hint);
    }
    this.next();
    const fieldSpan = { start: token.start, end: token.end };
    const opToken = this.peek();
    const op = opToken.kind === "word" ? opToken.text.toLowerCase() : "";
    if (op === "in") {
      this.next();
      return this.parseIn(token.text, fieldSpan);
    }
    if (!(COMPARISON_OPERATORS as readonly string[]).includes(op)) {
      throw this.fail(OPERATOR_LIST, opToken, OPERATOR_HINTS[op]);
    }
    this.next();
    const operator = op as ComparisonOperator;
    const value = operator === "eq" || operator === "neq" ? this.parseValue() : this.parseOrdered(`a number, string or date to compare with '${op}'`);
    return { type: "comparison", field: token.text, operator, value, span: { start: token.start, end: this.previousEnd() }, fieldSpan };
  }

  private parseIn(field: string, fieldSpan: { start: number; end: number }): FilterNode {
    const open = this.peek();
    if (open.kind !== "punct" || open.text !== "[") throw this.fail("'[' to start the list after 'in'", open);
    this.next();
    const first = this.parseValue();
    if (this.isKeyword(this.peek(), "to")) {
      this.next();
      const from = this.asOrdered(first, "a number, string or date as the range's lower bound");
      const to = this.parseOrdered("a number, string or date as the range's upper bound");
      const close = this.peek();
      if (close.kind !== "punct" || close.text !== "]") {
        throw this.fail("']' to close the range", close, "a range has exactly two bounds: [a to b]");
      }
      this.next();
      return { type: "range", field, from, to, span: { start: fieldSpan.start, end: close.end }, fieldSpan };
    }
    const values: [Value, ...Value[]] = [first];
    for (;;) {
      const token = this.peek();
      if (token.kind === "punct" && token.text === "]") {
        this.next();
        return { type: "in", field, values, span: { start: fieldSpan.start, end: token.end }, fieldSpan };
      }
      if (token.kind !== "punct" || token.text !== ",") {
        const hint = this.isKeyword(token, "to") ? "a range has exactly two bounds: [a to b]" : undefined;
        throw this.fail("',' or ']' in the list", token, hint);
      }
      this.next();
      values.push(this.parseValue());
    }
  }

  private parseOrdered(what: string): OrderedValue {
    return this.asOrdered(this.parseValue(), what);
  }

  /** `lt`/`gt` and range bounds need a value with an order; reject the rest at its position. */
  private asOrdered(value: Value, what: string): OrderedValue {
    if (value.kind === "string" || value.kind === "number") return value;
    const start = value.span?.start ?? 0;
    const found = this.input.slice(start, value.span?.end ?? start);
    const hint = value.kind === "pattern" ? "wildcards only work with eq, neq and in lists" : undefined;
    throw expected(what, start, found, this.input, hint);
  }

  private parseValue(): Value {
    const token = this.peek();
    const span = { start: token.start, end: token.end };
    if (token.kind === "string") {
      this.next();
      const segments = token.segments ?? [token.text];
      const [head, second, ...rest] = segments;
      if (head !== undefined && second !== undefined) return { kind: "pattern", segments: [head, second, ...rest], span };
      return { kind: "string", value: token.text, span };
    }
    if (token.kind !== "word" || NOT_A_VALUE.has(token.text.toLowerCase())) {
      throw this.fail(VALUE_DESCRIPTION, token);
    }
    this.next();
    const lower = token.text.toLowerCase();
    if (lower === "null") return { kind: "null", span };
    if (lower === "true" || lower === "false") return { kind: "boolean", value: lower === "true", span };
    if (NUMBER_PATTERN.test(token.text)) return { kind: "number", value: token.text, span };
    const [head, second, ...rest] = token.text.split("*");
    if (head !== undefined && second !== undefined) return { kind: "pattern", segments: [head, second, ...rest], span };
    return { kind: "string", value: token.text, span };
  }

  private parseOrderBy(): OrderByKey[] {
    this.next();
    const keys: OrderByKey[] = [];
    for (;;) {
      const token = this.peek();
      if (token.kind !== "word" || !isValidFieldName(token.text)) throw this.fail("a field name to order by", token);
      this.next();
      let direction: OrderByKey["direction"] = "asc";
      const dir = this.peek();
      if (this.isKeyword(dir, "asc") || this.isKeyword(dir, "desc")) {
        direction = dir.text.toLowerCase() as OrderByKey["direction"];
        this.next();
      }
      keys.push({ field: token.text, direction, span: { start: token.start, end: this.previousEnd() } });
      const sep = this.peek();
      if (sep.kind !== "punct" || sep.text !== ",") return keys;
      this.next();
    }
  }

  private peek(): Token {
    // tokenize() always ends with an eof token, and next() never moves past it.
    return this.tokens[this.index] ?? this.tokens[this.tokens.length - 1]!;
  }

  private next(): Token {
    const token = this.peek();
    if (token.kind !== "eof") this.index++;
    return token;
  }

  private previousEnd(): number {
    return this.tokens[this.index - 1]?.end ?? 0;
  }

  private isKeyword(token: Token, keyword: string): boolean {
    return token.kind === "word" && token.text.toLowerCase() === keyword;
  }

  private fail(what: string, token: Token, hint?: string): QuerySyntaxError {
    const found = token.kind === "eof" ? null : token.kind === "string" ? this.input.slice(token.start, token.end) : token.text;
    return expected(what, token.start, found, this.input, hint);
  }
}

function group(type: "and" | "or", children: FilterNode[]): FilterNode {
  const [first, second, ...rest] = children;
  if (first === undefined) throw new Error("unreachable: a group always has a first child");
  if (second === undefined) return first;
  const start = first.span?.start ?? 0;
  const end = (rest[rest.length - 1] ?? second).span?.end ?? start;
  return { type, children: [first, second, ...rest], span: { start, end } };
}

function withSpan(node: FilterNode, start: number, end: number): FilterNode {
  // A parenthesised group's span includes its parentheses, for error highlighting.
  return { ...node, span: { start, end } };
}
