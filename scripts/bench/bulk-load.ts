import { connectPg } from "./pg-client";

/** Where the generated events sit in time: the list cases pick their values from here. */
export const LOAD_DAYS = 90;

/**
 * N realistic events in one INSERT … SELECT FROM generate_series (seconds, not the
 * minutes row-by-row would take): providers 50/35/15 %, skewed type mix, ~86 % processed,
 * refs drawn from realistic id pools (20,000 portfolios, 5,000 customers, 300 bonds…),
 * receivedAt spread evenly over the last 90 days in id order, as a live log grows, and
 * payloads shaped like the providers' envelopes. setseed makes runs comparable.
 */
const LOAD_SQL = `
WITH g AS (
  SELECT i, random() AS rp, random() AS rt, random() AS rs, random() AS re, random() AS rj,
         now() AT TIME ZONE 'UTC' - interval '${LOAD_DAYS} days' + (i::float8 / $1) * interval '${LOAD_DAYS} days' AS at
    FROM generate_series(1, $1::int) AS i
), e AS (
  SELECT g.*,
         CASE WHEN rp < 0.50 THEN 'INVESTSUITE' WHEN rp < 0.85 THEN 'WISEALPHA' ELSE 'CASHLINK' END AS provider,
         floor(rt * rt * 8)::int + 1 AS t,
         floor(re * 20000)::int AS n,
         floor(rj * 300)::int AS bond,
         CASE WHEN rs < 0.86 THEN 'PROCESSED' WHEN rs < 0.94 THEN 'UNHANDLED' WHEN rs < 0.975 THEN 'PENDING' WHEN rs < 0.995 THEN 'FAILED' ELSE 'DEAD' END AS status
    FROM g
), r AS (
  SELECT e.*,
         CASE provider
           WHEN 'INVESTSUITE' THEN (ARRAY['portfolios.updated','orders.executed','transactions.booked','portfolios.created','assessments.completed','optimizations.finished','users.updated','withdrawals.requested'])[t]
           WHEN 'WISEALPHA' THEN (ARRAY['order.completed','order.created','investment.valued','coupon.paid','order.cancelled','kyc.approved','account.updated','withdrawal.completed'])[t]
           ELSE 'investment.status_changed' END AS type,
         'pf_' || lpad(n::text, 6, '0') AS portfolio,
         'usr_' || lpad((n % 10000)::text, 6, '0') AS usr,
         (100000 + n % 5000)::text AS customer,
         'WA-BOND-' || lpad(bond::text, 4, '0') AS product,
         'XS' || (1000000000 + bond)::text AS isin
    FROM e
)
INSERT INTO "ProviderEvent" ("provider", "providerEventId", "type", "portfolioRef", "userRef", "customerRef", "accountRef", "orderRef", "investmentRef",
                             "providerCreatedAt", "receivedAt", "lastDeliveredAt", "transport", "payload", "signature", "deliveries", "status", "attempts", "lastError", "processedAt")
SELECT provider::"Provider",
       CASE provider WHEN 'INVESTSUITE' THEN 'evt-is-' WHEN 'WISEALPHA' THEN 'evt_wa_' ELSE 'cl_inv_' END || i,
       type,
       CASE WHEN provider = 'INVESTSUITE' THEN portfolio END,
       CASE WHEN provider = 'INVESTSUITE' THEN usr END,
       CASE WHEN provider = 'WISEALPHA' THEN customer END,
       CASE WHEN provider = 'WISEALPHA' THEN 'acc_' || (n % 5000) END,
       CASE WHEN type LIKE 'order%' THEN 'ord_' || i END,
       CASE provider WHEN 'WISEALPHA' THEN product WHEN 'CASHLINK' THEN 'cl_inv_' || (n % 2000) END,
       at - interval '1.5 seconds', at, at,
       (CASE provider WHEN 'INVESTSUITE' THEN CASE WHEN rj < 0.7 THEN 'AMQP' ELSE 'HTTP_PUSH' END WHEN 'WISEALPHA' THEN CASE WHEN rj < 0.8 THEN 'WEBHOOK' ELSE 'POLL' END ELSE 'WEBHOOK' END)::"EventTransport",
       CASE provider
         WHEN 'INVESTSUITE' THEN jsonb_build_object('id', 'evt-is-' || i, 'created', at, 'version', '1.0', 'subject', split_part(type, '.', 1), 'action', split_part(type, '.', 2),
           'data', jsonb_build_object('id', portfolio, 'portfolio_id', portfolio, 'owned_by_user_id', usr, 'status', 'ACTIVE',
             'cash', jsonb_build_object('currency', 'EUR', 'amount', round((rj * 50000)::numeric, 2)::text),
             'risk_profile', jsonb_build_object('score', n % 7, 'label', 'balanced'),
             'positions', jsonb_build_array(jsonb_build_object('isin', 'IE00B4L5Y983', 'quantity', n % 97 + 1), jsonb_build_object('isin', 'IE00B3F81R35', 'quantity', n % 31 + 1))))
         WHEN 'WISEALPHA' THEN jsonb_build_object('id', 'evt_wa_' || i, 'created', at, 'event_type', type, 'customer_id', 100000 + n % 5000,
           'data', jsonb_build_object('order_id', 'ord_' || i, 'account_id', 'acc_' || (n % 5000), 'amount', jsonb_build_object('currency', 'GBP', 'value', round((rj * 20000)::numeric, 2)::text),
             'investment', jsonb_build_object('product_id', product, 'name', 'Bond issuer ' || bond || ' plc 6.250% 2031', 'isin', isin),
             'note', 'Settlement confirmed by custodian; funds allocated to the client''s investment account.'))
         ELSE jsonb_build_object('investment_id', 'cl_inv_' || (n % 2000), 'status', (ARRAY['created','signed','paid','settled','cancelled'])[1 + n % 5], 'changed_at', at)
       END,
       CASE WHEN provider = 'INVESTSUITE' AND rj < 0.7 THEN 'NOT_SIGNED' ELSE 'VALID' END::"SignatureResult",
       CASE WHEN rt > 0.97 THEN 2 ELSE 1 END,
       status::"EventStatus",
       CASE status WHEN 'PENDING' THEN 0 WHEN 'FAILED' THEN 3 WHEN 'DEAD' THEN 8 ELSE 1 END,
       CASE WHEN status IN ('FAILED', 'DEAD') THEN 'Handler failed: provider API answered 503 Service Unavailable' END,
       CASE WHEN status IN ('PROCESSED', 'UNHANDLED') THEN at + interval '1 second' END
  FROM r
 ORDER BY i`;

export async function bulkLoadEvents(databaseUrl: string, count: number): Promise<{ seconds: number; tableMb: number }> {
  const client = await connectPg(databaseUrl);
  try {
    const started = performance.now();
    // Only the generated rows: the ingest phases' rows would skew the list's distribution.
    await client.query(`TRUNCATE "ProviderEvent"`);
    // Maintaining nine b-trees row by row is most of a plain INSERT's time; building them once afterwards
    // is several times faster. The definitions are read back from the catalog, so the migrations' exact
    // indexes (and only those) are what the list is timed against.
    const { rows: indexes } = await client.query<{ name: string; def: string }>(
      `SELECT c.relname AS name, pg_get_indexdef(i.indexrelid) AS def FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
        WHERE i.indrelid = '"ProviderEvent"'::regclass AND NOT i.indisprimary`,
    );
    for (const index of indexes) await client.query(`DROP INDEX "${index.name}"`);
    await client.query("SELECT setseed(0.42)");
    await client.query(LOAD_SQL, [count]);
    await client.query("SET maintenance_work_mem = '256MB'");
    for (const index of indexes) await client.query(index.def);
    // What autovacuum would soon do after a million inserts: statistics and a visibility map (index-only scans).
    await client.query(`VACUUM (ANALYZE) "ProviderEvent"`);
    const seconds = (performance.now() - started) / 1000;
    const { rows } = await client.query<{ mb: number }>(`SELECT (pg_total_relation_size('"ProviderEvent"') / 1048576)::int AS mb`);
    return { seconds, tableMb: rows[0]!.mb };
  } finally {
    await client.end();
  }
}
