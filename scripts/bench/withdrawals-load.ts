import { connectPg } from "./pg-client";

/**
 * Loads `count` WithdrawalRequests in one INSERT … SELECT FROM generate_series, shaped like
 * a queue that has run for half a year: 70 % InvestSuite / 30 % WiseAlpha, four currencies,
 * 5 % full withdrawals, most requests finished (EXECUTED 55 %, CANCELLED 10 %, REJECTED 5 %,
 * FAILED 2 %) and the open ones recent (REQUESTED 10 %, CASH_AVAILABLE 10 %, APPROVED 4 %,
 * EXECUTING 4 %); approvals for everything approved. Then VACUUM ANALYZE, as after a day's traffic.
 */
export async function bulkLoadWithdrawals(databaseUrl: string, count: number, runId: string) {
  const client = await connectPg(databaseUrl);
  const started = performance.now();
  try {
    await client.query(
      `
      WITH g AS (
        SELECT n, (n * 37) % 100 AS bucket, n % 10 < 7 AS investsuite FROM generate_series(1, $2::int) AS n
      ), s AS (
        SELECT g.*,
          CASE WHEN bucket < 10 THEN 'REQUESTED' WHEN bucket < 20 THEN 'CASH_AVAILABLE' WHEN bucket < 24 THEN 'APPROVED'
               WHEN bucket < 28 THEN 'EXECUTING' WHEN bucket < 83 THEN 'EXECUTED' WHEN bucket < 93 THEN 'CANCELLED'
               WHEN bucket < 98 THEN 'REJECTED' ELSE 'FAILED' END AS state,
          now() - (random() * CASE WHEN bucket < 28 THEN 3 ELSE 180 END) * interval '1 day' AS created
        FROM g
      )
      INSERT INTO "WithdrawalRequest" (id, provider, "portfolioRef", "ownerRef", "customerRef", "accountRef", currency, amount, "isFull",
                                       state, "idempotencyKey", "makerId", "preparedAt", "createdAt", "updatedAt", "executedAt")
      SELECT 'wb-' || $1 || '-' || n,
             (CASE WHEN investsuite THEN 'INVESTSUITE' ELSE 'WISEALPHA' END)::"Provider",
             CASE WHEN investsuite THEN 'P-bench-' || n END,
             CASE WHEN investsuite THEN 'U-bench-' || (n % 2000) END,
             CASE WHEN NOT investsuite THEN (10000000 + n % 500)::text END,
             CASE WHEN NOT investsuite THEN 'INVACC' || lpad((n % 500)::text, 8, '0') END,
             (ARRAY['EUR', 'GBP', 'USD', 'CHF'])[1 + (n * 7) % 4],
             CASE WHEN investsuite AND n % 20 = 0 THEN NULL ELSE round((random() * 50000 + 1)::numeric, 2) END,
             investsuite AND n % 20 = 0,
             state::"WithdrawalState",
             'wb' || $1 || n,
             CASE WHEN state IN ('APPROVED', 'EXECUTING', 'EXECUTED', 'REJECTED', 'FAILED') OR bucket % 2 = 1 THEN 'bench-maker' END,
             CASE WHEN state IN ('APPROVED', 'EXECUTING', 'EXECUTED', 'REJECTED', 'FAILED') OR bucket % 2 = 1 THEN created + interval '1 hour' END,
             created, created + interval '2 hours',
             CASE WHEN state = 'EXECUTED' THEN created + interval '3 hours' END
        FROM s`,
      [runId, count],
    );
    await client.query(`
      INSERT INTO "WithdrawalApproval" (id, "withdrawalId", "approverId", "createdAt")
      SELECT 'wa-' || id, id, 'bench-checker', "createdAt" + interval '90 minutes'
        FROM "WithdrawalRequest" WHERE state IN ('APPROVED', 'EXECUTING', 'EXECUTED') AND id LIKE 'wb-%'`);
    await client.query(`VACUUM ANALYZE "WithdrawalRequest"`);
    await client.query(`VACUUM ANALYZE "WithdrawalApproval"`);
    return { seconds: (performance.now() - started) / 1000 };
  } finally {
    await client.end();
  }
}
