import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { getDb } from "@/lib/db";
import { pgRawQueries, type RawQueries } from "@/lib/db/pg-raw-queries";

import { ingestEvents } from "./ingest";
import type { StoredEventInput } from "./stored-event";

const event = (id: string): StoredEventInput => ({
  providerEventId: id,
  type: "portfolios.status-update",
  providerCreatedAt: null,
  refs: { portfolioRef: `P-${id}` },
  rawPayload: JSON.stringify({ id }),
});

let pool: pg.Pool;
beforeAll(() => void (pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 1 })));
afterAll(() => pool.end());

// Prisma's client (web app, worker) and a plain pg pool (the intake listener) must store alike.
describe.each([
  { name: "Prisma client", db: () => getDb() as RawQueries },
  { name: "pgRawQueries", db: () => pgRawQueries(pool) },
])("ingestEvents through $name", ({ name, db }) => {
  it("stores a batch once, folds repeats inside the batch and across batches into the delivery count", async () => {
    const prefix = `batch-${name}-${Date.now()}`;
    const batch = Array.from({ length: 1000 }, (_, i) => event(`${prefix}-${i % 800}`));
    const meta = { provider: "INVESTSUITE", transport: "AMQP", signature: "NOT_SIGNED" } as const;

    const first = await ingestEvents(db(), meta, batch);
    expect(first).toMatchObject({ stored: 800, duplicates: 200 });
    expect(first.newIds).toHaveLength(800);
    expect(first.newIds.every((id) => typeof id === "bigint")).toBe(true);
    const stored = await getDb().providerEvent.findFirst({ where: { providerEventId: `${prefix}-1` } });
    expect(first.newIds).toContain(stored!.id);

    const again = await ingestEvents(db(), meta, batch.slice(0, 10));
    expect(again).toMatchObject({ stored: 0, duplicates: 10, newIds: [] });

    const rows = await getDb().providerEvent.findMany({
      where: { providerEventId: { in: [`${prefix}-0`, `${prefix}-500`] } },
      orderBy: { providerEventId: "asc" },
    });
    // -0 came twice in the first batch (0 and 800) and once more; -500 once.
    expect(rows.map((r) => [r.providerEventId, r.deliveries, r.portfolioRef])).toEqual([
      [`${prefix}-0`, 3, `P-${prefix}-0`],
      [`${prefix}-500`, 1, `P-${prefix}-500`],
    ]);
  });

  it("keeps the same event id from different providers apart", async () => {
    const id = `shared-${name}-${Date.now()}`;
    await ingestEvents(db(), { provider: "INVESTSUITE", transport: "MQTT", signature: "NOT_SIGNED" }, [event(id)]);
    const other = await ingestEvents(db(), { provider: "WISEALPHA", transport: "POLL", signature: "NOT_SIGNED" }, [event(id)]);
    expect(other.stored).toBe(1);
    expect(await getDb().providerEvent.count({ where: { providerEventId: id } })).toBe(2);
  });
});
