import { PORTFOLIO_STATUS_CHECK } from "../check-names";
import type { Finding, ReconciliationCheck } from "../types";

type LastStatus = { portfolioRef: string; value: string | null; at: Date | null };

/**
 * Portfolio status changes we never received: each portfolio's status at InvestSuite (one
 * paged read of /portfolios/) against the last portfolios.status-update event we received for
 * it. Portfolios we never had a status event for have no statement of ours to compare, and
 * an event whose payload retention purged is skipped.
 */
export const investSuitePortfolioStatus: ReconciliationCheck = {
  name: PORTFOLIO_STATUS_CHECK,
  provider: "INVESTSUITE",
  async run({ db, clients }) {
    const last = await db.$queryRaw<LastStatus[]>`
      SELECT DISTINCT ON ("portfolioRef") "portfolioRef", payload->'data'->>'value' AS value, "providerCreatedAt" AS at
        FROM "ProviderEvent"
       WHERE provider = 'INVESTSUITE' AND type = 'portfolios.status-update' AND "portfolioRef" IS NOT NULL
       ORDER BY "portfolioRef", "providerCreatedAt" DESC NULLS LAST, id DESC`;
    const ours = new Map(last.filter((l) => l.value !== null).map((l) => [l.portfolioRef, l]));
    const findings: Finding[] = [];
    let checked = 0;
    for await (const portfolio of clients.investSuite.iteratePortfolios({ limit: 100 })) {
      checked += 1;
      const received = ours.get(portfolio.id);
      if (!received || received.value === portfolio.status) continue;
      findings.push({
        objectType: "portfolio",
        objectRef: portfolio.id,
        kind: "status_not_received",
        summary: `The last status event we received says ${received.value}; InvestSuite shows ${portfolio.status}.`,
        ours: { status: received.value, as_of: received.at?.toISOString() ?? null },
        theirs: { status: portfolio.status, version: portfolio.version, version_at: portfolio.version_datetime ?? null },
      });
    }
    return { objectsChecked: checked, findings };
  },
};
