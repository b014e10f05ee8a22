import { bulkLoadEvents } from "./bulk-load";
import { connectPg } from "./pg-client";
import { bulkLoadWithdrawals } from "./withdrawals-load";

export type InboxSizes = { withdrawals: number; events: number; cases: number; orders: number; searchObjects: number };

/**
 * Tops the bench database up to the inbox's sizes: withdrawals and events only when an
 * earlier phase did not load them already (so BENCH_ONLY=inbox runs alone), then onboarding
 * cases with timelines, order-book entries (5 % re-priced), lost placements, rejections,
 * three users and a search projection of customers, portfolios and products.
 */
export async function loadInboxData(databaseUrl: string, sizes: InboxSizes, runId: string, log: (m: string) => void) {
  const client = await connectPg(databaseUrl);
  try {
    const count = async (table: string) => Number((await client.query(`SELECT count(*)::int AS n FROM "${table}"`)).rows[0].n);
    if ((await count("WithdrawalRequest")) < sizes.withdrawals) {
      log(`inbox: loading ${sizes.withdrawals} withdrawals`);
      await bulkLoadWithdrawals(databaseUrl, sizes.withdrawals, `${runId}i`);
    }
    if ((await count("ProviderEvent")) < sizes.events) {
      log(`inbox: loading ${sizes.events} events`);
      await bulkLoadEvents(databaseUrl, sizes.events);
    }
    log(`inbox: loading ${sizes.cases} cases, ${sizes.orders} orders and ${sizes.searchObjects} search objects`);
    await client.query(`
      INSERT INTO "User" (id, email, name, role, "passwordHash", "updatedAt")
      VALUES ('bench-admin', 'bench-admin@bank.example', 'Bench Admin', 'ADMIN', 'x', now()),
             ('bench-staff', 'bench-staff@bank.example', 'Bench Staff', 'STAFF', 'x', now()),
             ('bench-compliance', 'bench-compliance@bank.example', 'Bench Compliance', 'COMPLIANCE', 'x', now())
      ON CONFLICT DO NOTHING`);
    await client.query(
      `INSERT INTO "OnboardingCase" (id, "subjectType", "subjectRef", "displayName", status, "assigneeId", "providerReady", "lastEventAt", "createdAt", "updatedAt")
       SELECT 'case-' || n, (CASE WHEN n % 3 = 0 THEN 'CASHLINK_INVITATION' ELSE 'WISEALPHA_CUSTOMER' END)::"OnboardingSubjectType",
              'subj-' || n, 'Customer ' || n,
              (ARRAY['NEW','IN_REVIEW','WAITING_ON_CUSTOMER','APPROVED','REJECTED'])[1 + n % 5]::"OnboardingCaseStatus",
              CASE WHEN n % 4 = 0 THEN 'bench-compliance' WHEN n % 4 = 1 THEN 'bench-admin' END,
              n % 7 = 0, now() - n * interval '1 minute', now() - n * interval '1 hour', now()
         FROM generate_series(1, $1::int) AS n`,
      [sizes.cases],
    );
    // Three timeline entries per case; on every other waiting case the provider spoke last.
    await client.query(`
      INSERT INTO "OnboardingCaseEntry" ("caseId", kind, "actorId", summary, "createdAt")
      SELECT c.id, k.kind::"OnboardingEntryKind", CASE WHEN k.kind = 'CLAIMED' THEN c."assigneeId" END, k.kind, now()
        FROM "OnboardingCase" c
        CROSS JOIN LATERAL (VALUES (1, 'STATUS_CHANGED'), (2, 'CLAIMED'), (3, CASE WHEN substr(c.id, 6)::int % 2 = 0 THEN 'PROVIDER_EVENT' ELSE 'NOTE' END)) AS k(i, kind)
       ORDER BY c.id, k.i`);
    await client.query(
      `INSERT INTO "OrderBookEntry" (id, "originalId", "customerRef", "accountRef", "productId", side, "orderType", state, currency, amount, price, "newPrice",
                                     "providerCreatedAt", "lastSeenAt", "createdAt", "updatedAt")
       SELECT 'MKTB' || n, 'MKTB' || (n - n % 3), (10000000 + n % 500)::text, 'INVACC' || lpad((n % 500)::text, 8, '0'), 'INVMKT' || lpad((n % 300)::text, 8, '0'),
              (CASE WHEN n % 2 = 0 THEN 'BUY' ELSE 'SELL' END)::"OrderSide", 'gross',
              (CASE WHEN n % 20 = 0 THEN 'CONFIRM' WHEN n % 3 = 0 THEN 'FILLED' ELSE 'OPEN' END)::"OrderEntryState",
              'GBP', 100 + n % 900, 100, CASE WHEN n % 20 = 0 THEN 101 END, now() - n * interval '1 minute', now(), now(), now() - n * interval '10 seconds'
         FROM generate_series(1, $1::int) AS n`,
      [sizes.orders],
    );
    await client.query(`
      INSERT INTO "OrderPlacement" (id, "customerRef", "accountRef", "productId", side, currency, amount, price, state, "actorId", "createdAt", "updatedAt")
      SELECT 'pl-' || n, '10000001', 'INVACC00000001', 'INVMKT00000001', 'BUY', 'GBP', 100, 100,
             (CASE WHEN n % 10 = 0 THEN 'UNKNOWN' ELSE 'PLACED' END)::"OrderPlacementState", 'bench-staff', now(), now()
        FROM generate_series(1, 200) AS n`);
    await client.query(`
      INSERT INTO "EventRejection" (provider, transport, "receivedAt", reason, body)
      SELECT 'WISEALPHA', 'WEBHOOK', now() - n * interval '20 minutes', 'signature mismatch', '{}' FROM generate_series(1, 500) AS n`);
    // The search projection: customers (id, e-mail, names), portfolios (id, name words) and products (id, ISIN, issuer).
    await client.query(
      `INSERT INTO "SearchTerm" (kind, ref, term, provider, label, detail, href)
       SELECT o.kind, o.ref, t.term, o.provider::"Provider", o.label, o.ref, '/x'
         FROM (
           SELECT n,
                  (ARRAY['wisealpha-customer','portfolio','investsuite-user','product'])[1 + n % 4] AS kind,
                  (ARRAY['WISEALPHA','INVESTSUITE','INVESTSUITE','WISEALPHA'])[1 + n % 4] AS provider,
                  'obj' || n AS ref,
                  (ARRAY['anna','bruno','carla','david','emma','felix','greta','hugo'])[1 + n % 8] || ' ' ||
                  (ARRAY['müller','schmidt','meyer','weber','wagner','becker','hoffmann','koch','richter','klein'])[1 + (n / 8) % 10] || n AS label
             FROM generate_series(1, $1::int) AS n
         ) o
         CROSS JOIN LATERAL (VALUES (o.ref), (lower(o.label)), (split_part(lower(o.label), ' ', 1)), (split_part(lower(o.label), ' ', 2)),
                                    (split_part(lower(o.label), ' ', 1) || '.' || o.n || '@example.com')) AS t(term)
       ON CONFLICT DO NOTHING`,
      [sizes.searchObjects],
    );
    for (const table of ["OnboardingCase", "OnboardingCaseEntry", "OrderBookEntry", "OrderPlacement", "EventRejection", "SearchTerm"])
      await client.query(`VACUUM ANALYZE "${table}"`);
  } finally {
    await client.end();
  }
}
