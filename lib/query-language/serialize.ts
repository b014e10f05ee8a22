import { isValidFieldName, NUMBER_PATTERN, type FilterNode, type OrderByKey, type Query, type Value } from "./ast";
import { encodeQueryParam } from "./url-form";

/**
 * Canonical text for a query: single spaces, lowercase keywords, strings always in single
 * quotes, lists as `['a', 'b']`, ranges as `['a' to 'b']` (the docs' own spelling), and
 * `orderby` last with `desc` only when descending (ascending is the documented default).
 *
 * Escaping inside quotes is the parser's: `\'`, `\\`, and `\*` for a literal star; a
 * pattern's wildcards are bare `*`. `parseQuery(serializeQuery(q))` equals `q` apart from
 * spans. Parentheses appear only where precedence needs them (an `or` inside an `and`, or
 * a group nested in a group of the same operator).
 *
 * Throws on an AST no text can express (an invalid field name or number text), so a bad
 * hand-built query fails here rather than becoming a different query on the server.
 */
export function serializeQuery(query: Query): string {
  const parts: string[] = [];
  if (query.filter) parts.push(serializeFilter(query.filter));
  if (query.orderBy.length > 0) parts.push(`orderby ${query.orderBy.map(serializeKey).join(", ")}`);
  return parts.join(" ");
}

/**
 * The value for a `?query=` URL parameter in the docs' style (`email+eq+'jane*'`); the
 * caller adds `query=`. Any form decoder (or `parseQuery` itself) reads it back.
 */
export function serializeQueryParam(query: Query): string {
  return encodeQueryParam(serializeQuery(query));
}

export function serializeFilter(node: FilterNode): string {
  switch (node.type) {
    case "and":
    case "or":
      return node.children
        .map((child) => {
          const text = serializeFilter(child);
          // `and` binds tighter, so only these two shapes need grouping to survive a re-parse.
          const needsParens = child.type === node.type || (node.type === "and" && child.type === "or");
          return needsParens ? `(${text})` : text;
        })
        .join(` ${node.type} `);
    case "comparison":
      return `${field(node.field)} ${node.operator} ${serializeValue(node.value)}`;
    case "in":
      return `${field(node.field)} in [${node.values.map(serializeValue).join(", ")}]`;
    case "range":
      return `${field(node.field)} in [${serializeValue(node.from)} to ${serializeValue(node.to)}]`;
  }
}

export function serializeValue(value: Value): string {
  switch (value.kind) {
    case "string":
      return `'${escapeText(value.value)}'`;
    case "pattern":
      return `'${value.segments.map(escapeText).join("*")}'`;
    case "number":
      if (!NUMBER_PATTERN.test(value.value)) throw new Error(`Cannot serialize number ${JSON.stringify(value.value)}`);
      return value.value;
    case "boolean":
      return value.value ? "true" : "false";
    case "null":
      return "null";
  }
}

function serializeKey(key: OrderByKey): string {
  // The parser reads `orderby desc` as a missing field, so such a key has no text form.
  if (/^(asc|desc)$/i.test(key.field)) throw new Error(`Cannot serialize orderby field ${JSON.stringify(key.field)}`);
  return key.direction === "desc" ? `${field(key.field)} desc` : field(key.field);
}

function field(name: string): string {
  if (!isValidFieldName(name)) throw new Error(`Cannot serialize field name ${JSON.stringify(name)}`);
  return name;
}

function escapeText(text: string): string {
  return text.replace(/[\\'*]/g, "\\$&");
}
