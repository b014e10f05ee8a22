// GET /api/portfolios/export - every portfolio matching ?q=&sort= as CSV, streamed page by page from InvestSuite
import { csvWriter, streamExport } from "@/lib/api/stream-export";
import { parsedOrInvalid, queryOf } from "@/lib/api/route-input";
import { withPermission } from "@/lib/api/with-permission";
import { writeAudit } from "@/lib/audit/write-audit";
import { iteratePortfolioRows } from "@/lib/portfolios/find-portfolios";
import { formatCash, type PortfolioRow } from "@/lib/portfolios/portfolio-row";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parsePortfolioQuery } from "@/lib/portfolios/portfolio-query";
import { isProviderError } from "@/lib/providers/errors";
import { QuerySyntaxError } from "@/lib/query-language/parse";
import { serializeQuery } from "@/lib/query-language/serialize";
import { getRequestLogger } from "@/lib/request-context";
import { portfolioListSchema } from "@/lib/validations/portfolios";

const COLUMNS = [
  "id",
  "name",
  "external_id",
  "status",
  "base_currency",
  "money_type",
  "manager",
  "owner_id",
  "owner_name",
  "owner_email",
  "positions",
  "cash",
  "created",
  "funded_since",
  "archived",
  "deleted",
];

const line = (r: PortfolioRow) => [
  r.id,
  r.name,
  r.externalId,
  r.status,
  r.baseCurrency,
  r.moneyType,
  r.manager,
  r.owner.id,
  r.owner.name,
  r.owner.email,
  r.holdings.positions,
  // Exact decimal text with the currency beside it; never a float.
  formatCash(r.holdings),
  r.createdAt,
  r.fundedSince,
  r.archived,
  r.deleted,
];

export const GET = withPermission("portfolios.export", async (request, { user }) => {
  const state = parsedOrInvalid(portfolioListSchema.safeParse(queryOf(request)));
  let query: string;
  try {
    query = serializeQuery(parsePortfolioQuery(state.q, state.sort));
  } catch (error) {
    // Same rule as the list: an invalid query never reaches InvestSuite.
    if (error instanceof QuerySyntaxError) throw new AppError("INVALID", error.message);
    throw error;
  }

  let count = 0;
  const rows = iteratePortfolioRows(query, request.signal, (n) => (count = n));
  async function* lines() {
    for await (const row of rows) yield line(row);
  }
  // The first page is read before answering: a provider failure becomes an error response, and the count a header for the progress bar.
  let body: ReadableStream;
  try {
    body = await streamExport({
      rows: lines(),
      out: csvWriter(COLUMNS),
      signal: request.signal,
      log: await getRequestLogger(),
      what: "portfolios",
    });
  } catch (error) {
    if (isProviderError(error)) throw new AppError("PROVIDER", error.userMessage);
    throw error;
  }

  try {
    await writeAudit(getDb(), {
      action: "portfolios.exported",
      outcome: "SUCCESS",
      actorId: user.id,
      actorEmail: user.email,
      actorRole: user.role,
      details: { query, count },
    });
  } catch (error) {
    // No export without its audit entry; stop walking InvestSuite's pages.
    await body.cancel();
    throw error;
  }

  const stamp = new Date().toISOString().slice(0, 19).replaceAll(":", "");
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="portfolios-${stamp}.csv"`,
      "x-total-count": String(count),
    },
  });
});
