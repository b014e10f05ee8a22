import "server-only";

import { parsePortfolioQuery } from "@/lib/portfolios/portfolio-query";
import { isProviderError } from "@/lib/providers/errors";
import { getInvestSuiteClient } from "@/lib/providers/server-clients";
import { QuerySyntaxError } from "@/lib/query-language/parse";
import { serializeQuery } from "@/lib/query-language/serialize";
import type { PortfolioListState } from "@/lib/validations/portfolios";

import { toPortfolioRow, type PortfolioRow } from "./portfolio-row";

export type FindPortfoliosResult =
  | { ok: true; rows: PortfolioRow[]; count: number; hasNext: boolean; query: string }
  | { ok: false; kind: "query"; message: string; position: number; input: string }
  | { ok: false; kind: "provider"; message: string; retryable: boolean };

type Params = Pick<PortfolioListState, "q" | "sort" | "page" | "size">;

/**
 * One page of portfolios with their owners. The query is parsed here first: a query
 * with a syntax error or an unknown field is answered locally with its position and
 * never reaches InvestSuite. Provider failures come back as their user message (the
 * page shows it with a retry button) instead of throwing into a 500.
 */
export async function findPortfolios({ q, sort, page, size }: Params): Promise<FindPortfoliosResult> {
  let query: string;
  try {
    query = serializeQuery(parsePortfolioQuery(q, sort));
  } catch (error) {
    if (error instanceof QuerySyntaxError)
      return { ok: false, kind: "query", message: error.message, position: error.position, input: error.input };
    throw error;
  }
  try {
    const result = await getInvestSuiteClient().listPortfolioItems({
      query,
      limit: size,
      offset: (page - 1) * size,
      embed: ["owned_by_user_id"],
    });
    return {
      ok: true,
      rows: result.results.map((p) => toPortfolioRow(p, result._embedded)),
      count: result.count ?? result.results.length,
      hasNext: result.next !== null,
      query,
    };
  } catch (error) {
    if (isProviderError(error)) return { ok: false, kind: "provider", message: error.userMessage, retryable: error.retryable };
    throw error;
  }
}

/**
 * Every matching portfolio, page by page (100 per request), for the export. The query
 * must already be valid (see parsePortfolioQuery); `onCount` gets the total once known.
 */
export async function* iteratePortfolioRows(
  query: string,
  signal?: AbortSignal,
  onCount?: (count: number) => void,
): AsyncGenerator<PortfolioRow> {
  const client = getInvestSuiteClient();
  const limit = 100;
  for (let offset = 0; ; offset += limit) {
    if (signal?.aborted) return;
    const page = await client.listPortfolioItems({ query, limit, offset, embed: ["owned_by_user_id"] });
    if (offset === 0) onCount?.(page.count ?? page.results.length);
    for (const p of page.results) yield toPortfolioRow(p, page._embedded);
    if (page.next === null || page.results.length === 0) return;
  }
}
