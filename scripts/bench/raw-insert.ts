import { wiseAlphaBody } from "./payloads";
import { connectPg } from "./pg-client";

/**
 * The yardstick of issue 4: plain `pg`, one connection, one autocommitted INSERT per
 * row (so one WAL flush per row), into a scratch table shaped like ProviderEvent with
 * its primary key and unique key. Measured in the same run as the ingest figures so
 * the 3× target compares like with like on this machine, not with design §4's number.
 */
export type RawInsertResult = {
  rows: number;
  seconds: number;
  perSecond: number;
  /** #19's ceiling: the same rows in batches (see measureBatchedCeiling). */
  ceiling: { rows: number; batch: number; seconds: number; perSecond: number };
};

export async function measureRawInsert(databaseUrl: string, count: number): Promise<RawInsertResult> {
  const client = await connectPg(databaseUrl);
  try {
    await client.query(`CREATE TABLE bench_raw_insert (
      id bigserial PRIMARY KEY, provider text NOT NULL, provider_event_id text NOT NULL, type text NOT NULL,
      customer_ref text, order_ref text, received_at timestamptz NOT NULL DEFAULT now(), payload jsonb,
      UNIQUE (provider, provider_event_id))`);
    const sql = `INSERT INTO bench_raw_insert (provider, provider_event_id, type, customer_ref, order_ref, payload) VALUES ($1, $2, $3, $4, $5, $6::jsonb)`;
    // A few untimed rows so connection setup and plan caching are not in the figure.
    for (let i = 0; i < 50; i++)
      await client.query(sql, ["WISEALPHA", `warm-${i}`, "order.completed", "1", "o", wiseAlphaBody(`warm-${i}`, i)]);
    const started = performance.now();
    for (let i = 0; i < count; i++) {
      const id = `raw-${i}`;
      await client.query(sql, ["WISEALPHA", id, "order.completed", String(1000 + (i % 5000)), `ord-${i}`, wiseAlphaBody(id, i)]);
    }
    const seconds = (performance.now() - started) / 1000;
    const ceiling = await measureBatchedCeiling(client, count * 10);
    await client.query("DROP TABLE bench_raw_insert");
    return { rows: count, seconds, perSecond: count / seconds, ceiling };
  } finally {
    await client.end();
  }
}

/**
 * #19's ceiling for ingest on this machine, measured in the same run: the same scratch table, one
 * connection, `INSERT … SELECT unnest … ON CONFLICT DO NOTHING` in batches of 1,000 rows (one
 * statement and one WAL flush per batch). AMQP ingest is judged against it (target ≥ 25 %).
 */
async function measureBatchedCeiling(client: Awaited<ReturnType<typeof connectPg>>, count: number, batch = 1_000) {
  const sql = `INSERT INTO bench_raw_insert (provider, provider_event_id, type, customer_ref, order_ref, payload)
    SELECT 'WISEALPHA', u.id, 'order.completed', u.customer, u.ord, u.payload::jsonb
      FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS u(id, customer, ord, payload)
    ON CONFLICT DO NOTHING`;
  const rowsOf = (from: number) => {
    const ids = Array.from({ length: Math.min(batch, count - from) }, (_, k) => `batch-${from + k}`);
    return [
      ids,
      ids.map((_, k) => String(1000 + ((from + k) % 5000))),
      ids.map((id) => `ord-${id}`),
      ids.map((id, k) => wiseAlphaBody(id, from + k)),
    ];
  };
  const started = performance.now();
  for (let from = 0; from < count; from += batch) await client.query(sql, rowsOf(from));
  const seconds = (performance.now() - started) / 1000;
  return { rows: count, batch, seconds, perSecond: count / seconds };
}
