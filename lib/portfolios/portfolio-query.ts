import type { OrderByKey, Query } from "@/lib/query-language/ast";
import { findUnknownField } from "@/lib/query-language/evaluate";
import { parseQuery, QuerySyntaxError } from "@/lib/query-language/parse";
import { serializeQuery } from "@/lib/query-language/serialize";
import { decodeQueryParam, isUrlForm } from "@/lib/query-language/url-form";
import { PORTFOLIO_FIELD_PATHS } from "@/lib/providers/investsuite/transform";

/**
 * Every path a portfolio query may name, from the wire schema. InvestSuite answers an
 * unknown field with a bare 400; checking here first lets us point at the field, in the
 * browser as well as on the server, and send nothing.
 */
const KNOWN = new Set<string>(PORTFOLIO_FIELD_PATHS);

export function isPortfolioField(field: string): boolean {
  // Holdings are keyed by ISIN or $CCY, so any `portfolio.<key>` is a real path.
  return KNOWN.has(field) || /^portfolio\.[A-Za-z0-9$]+$/.test(field);
}

/**
 * Parses the list's query text and adds the sort keys. Throws QuerySyntaxError (with a
 * position into the parsed text) for bad syntax and for a field portfolios do not have.
 * Sort keys from the sort builder win over an `orderby` typed into the text.
 */
export function parsePortfolioQuery(text: string, sort: readonly OrderByKey[] = []): Query {
  const parsed = parseQuery(text);
  const query: Query = { filter: parsed.filter, orderBy: sort.length > 0 ? [...sort] : parsed.orderBy };
  const unknown = findUnknownField(parsed, isPortfolioField) ?? findUnknownField({ filter: null, orderBy: [...sort] }, isPortfolioField);
  if (unknown) {
    const position = unknown.span?.start ?? 0;
    // Spans index the decoded text, so the error carries that text for the caret.
    const decoded = isUrlForm(text) ? decodeQueryParam(text) : text;
    throw new QuerySyntaxError(
      `Portfolios have no field '${unknown.field}' at position ${position}. Pick a field from the builder's list.`,
      position,
      decoded,
    );
  }
  return query;
}

/** The text sent as `query=`: canonical, so equal queries are equal strings. */
export function providerQueryText(text: string, sort: readonly OrderByKey[] = []): string {
  return serializeQuery(parsePortfolioQuery(text, sort));
}
