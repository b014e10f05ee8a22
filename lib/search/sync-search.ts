import type { Db as Client } from "@/lib/db/create-client";
import type { createCashlinkClient } from "@/lib/providers/cashlink/client";
import type { createInvestSuiteClient } from "@/lib/providers/investsuite/client";
import type { WiseAlphaClient } from "@/lib/providers/wisealpha/client";

import { saveSearchEntries, type SearchEntry } from "./save-search-entries";
import { cashlinkInvestorEntry, investSuitePortfolioEntry, investSuiteUserEntry, wiseAlphaProductEntry } from "./search-entries-of";

type Db = Pick<Client, "$executeRawUnsafe" | "$queryRawUnsafe">;
type Clients = {
  investSuite: ReturnType<typeof createInvestSuiteClient>;
  wiseAlpha: WiseAlphaClient;
  cashlink: ReturnType<typeof createCashlinkClient>;
};

const BATCH = 500;
/** Cashlink has no investor list: each new investor is read once (bounded per round so a round stays short). */
const INVESTORS_PER_ROUND = 200;

async function drain<T>(items: AsyncIterable<T>, toEntry: (item: T) => SearchEntry, db: Db): Promise<number> {
  let batch: SearchEntry[] = [];
  let written = 0;
  for await (const item of items) {
    batch.push(toEntry(item));
    if (batch.length >= BATCH) {
      await saveSearchEntries(db, batch);
      written += batch.length;
      batch = [];
    }
  }
  if (batch.length > 0) await saveSearchEntries(db, batch);
  return written + batch.length;
}

/**
 * The search projection's own sync for what no event tells us about (InvestSuite portfolios
 * and users, WiseAlpha products, Cashlink investors): read in pages on the worker's timer,
 * so the search box never calls a provider. WiseAlpha customers and Cashlink invitations are
 * kept by the onboarding projection's writers (customer-projection.ts, sync-invitations.ts).
 */
export async function syncSearchProjection(db: Db, clients: Clients) {
  const started = Date.now();
  const portfolios = await drain(clients.investSuite.iteratePortfolios(), investSuitePortfolioEntry, db);
  const users = await drain(clients.investSuite.iterateUsers(), investSuiteUserEntry, db);
  const products = await drain(clients.wiseAlpha.iterateProducts(), wiseAlphaProductEntry, db);
  const known = new Set(
    (await db.$queryRawUnsafe<{ ref: string }[]>(`SELECT DISTINCT "ref" FROM "SearchTerm" WHERE "kind" = 'cashlink-investor'`)).map(
      (r) => r.ref,
    ),
  );
  const fresh = new Set<string>();
  for await (const invitation of clients.cashlink.iterateInvitations()) {
    if (!known.has(invitation.investor_id)) fresh.add(invitation.investor_id);
    if (fresh.size >= INVESTORS_PER_ROUND) break;
  }
  const investors: SearchEntry[] = [];
  for (const id of fresh) investors.push(cashlinkInvestorEntry(id, await clients.cashlink.getInvestor(id)));
  await saveSearchEntries(db, investors);
  return { portfolios, users, products, investors: investors.length, ms: Date.now() - started };
}
