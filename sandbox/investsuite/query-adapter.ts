import { collectFieldRefs, collectFields, compareByOrder, matchesFilter } from "../../lib/query-language/evaluate";
import { parseQuery, QuerySyntaxError, type Query } from "../../lib/query-language/parse";
import { badRequest } from "./errors";

/**
 * The sandbox evaluates `query=` with the shared query-language library (lib/query-language),
 * the same parser the back office builds queries with, so both agree on the grammar.
 */
export type CompiledQuery = { matches(record: unknown): boolean; compare: ((a: unknown, b: unknown) => number) | null; fields: string[] };

/**
 * Parses `query=` text and checks its field names with `isKnownField`. Syntax errors and
 * unknown fields become a pydantic-style 400 saying what is wrong and at which position
 * (0-based, in the URL-decoded query).
 */
export function compileQuery(text: string, isKnownField: (field: string) => boolean): CompiledQuery {
  let query: Query;
  try {
    // Fastify has already form-decoded the parameter; never decode a second time.
    query = parseQuery(text, { urlForm: false });
  } catch (error) {
    if (error instanceof QuerySyntaxError) {
      throw badRequest([
        {
          loc: ["query", "query"],
          msg: error.message,
          type: "value_error.query.syntax",
          ctx: { position: error.position, query: error.input },
        },
      ]);
    }
    throw error;
  }
  // The real API answers 400 for unknown fields; silently matching nothing would hide typos.
  const unknown = collectFieldRefs(query).filter((ref) => !isKnownField(ref.field));
  if (unknown.length > 0) {
    throw badRequest(
      unknown.map((ref) => ({
        loc: ["query", "query"],
        msg: `Unknown field '${ref.field}' at position ${ref.span?.start ?? 0}`,
        type: "value_error.query.unknown_field",
        ctx: { field: ref.field, position: ref.span?.start ?? 0, query: text },
      })),
    );
  }
  const filter = query.filter;
  return {
    matches: (record) => matchesFilter(filter, record),
    compare: query.orderBy.length > 0 ? compareByOrder(query.orderBy) : null,
    fields: [...collectFields(filter), ...query.orderBy.map((key) => key.field)],
  };
}
