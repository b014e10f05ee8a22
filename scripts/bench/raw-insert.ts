import { wiseAlphaBody } from "./payloads";
import { connectPg } from "./pg-client";

/**
 * The yardstick of issue 4: plain `pg`, one connection, one autocommitted INSERT per
 * row (so one WAL flush per row), into a scratch table shaped like ProviderEvent with
 * its primary key and unique key. Measured in the same run as the ingest figures so
 * the 3× target compares like with like on this machine, not with design §4's number.
 */
export async function measureRawInsert(databaseUrl: string, count: number): Promise<{ rows: number; seconds: number; perSecond: number }> {
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
    await client.query("DROP TABLE bench_raw_insert");
    return { rows: count, seconds, perSecond: count / seconds };
  } finally {
    await client.end();
  }
}
