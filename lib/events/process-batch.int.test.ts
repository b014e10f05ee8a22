import { afterAll, beforeEach, describe, expect, it } from "vitest";

import { createPrismaClient } from "@/lib/db/create-client";
import { logger } from "@/lib/logger";
import { startProcessing } from "@/worker/processing/start-processing";

import { EventNotReadyError } from "./event-not-ready";
import type { HandlerRegistry } from "./handlers";
import { ingestEvents } from "./ingest";
import { processEventBatch } from "./process-batch";

const db = createPrismaClient(process.env.DATABASE_URL!, 4);
afterAll(() => db.$disconnect());
const policy = { maxAttempts: 3, baseDelayMs: 1_000, maxDelayMs: 10_000 };
const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

type Spec = { key: string; type: string; customer?: string | null; createdAt?: Date | null };

/** Stores WiseAlpha events in the order given (receipt order = id order); returns their ids by key. */
async function store(specs: Spec[]) {
  const { newIds } = await ingestEvents(
    db,
    { provider: "WISEALPHA", transport: "WEBHOOK", signature: "VALID" },
    specs.map((s) => ({
      providerEventId: `${run}-${s.key}`,
      type: s.type,
      providerCreatedAt: s.createdAt ?? null,
      refs: { customerRef: s.customer ?? null },
      rawPayload: JSON.stringify({ id: `${run}-${s.key}`, event_type: s.type, key: s.key }),
    })),
  );
  expect(newIds).toHaveLength(specs.length);
  return new Map(specs.map((s, i) => [s.key, newIds[i]!]));
}

const keyOf = (payload: unknown) => (payload as { key: string }).key;

beforeEach(async () => {
  // Other suites leave due events in the shared test database; the batch claims whatever is due.
  await db.providerEvent.updateMany({ where: { status: { in: ["PENDING", "FAILED"] } }, data: { status: "UNHANDLED" } });
});

describe("processEventBatch", () => {
  it("records a failing handler's failure and undoes its writes without losing the rest of the batch", async () => {
    const type = `batch.${run}`;
    const ids = await store([
      { key: "ok-1", type, customer: "c1" },
      { key: "boom", type, customer: "c2" },
      { key: "after-boom", type, customer: "c2" }, // same entity, later: held back behind the failure
      { key: "not-ready", type, customer: "c3" },
      { key: "after-not-ready", type, customer: "c3" }, // a waiting event holds nothing back
      { key: "ok-2", type, customer: "c4" },
      { key: "no-handler", type: `unknown.${run}` },
    ]);
    const wrote = (key: string) => `batch-${run}-${key}`;
    const handlers: HandlerRegistry = {
      [`WISEALPHA:${type}`]: async (tx, event) => {
        const key = keyOf(event.payload);
        await tx.componentHeartbeat.create({ data: { component: wrote(key), beatAt: new Date() } });
        if (key === "boom") throw new Error("case store unavailable");
        if (key === "not-ready") throw new EventNotReadyError("waiting for its predecessor");
      },
    };
    // A backoff of 5–10 s: long enough that a loaded machine reaches the "not due yet" claim below in time.
    const slowRetry = { ...policy, baseDelayMs: 10_000, maxDelayMs: 60_000 };
    const before = Date.now();
    const result = await processEventBatch(db, handlers, slowRetry, { limit: 100 });
    expect(result).toMatchObject({ claimed: 7, processed: 3, unhandled: 1, failed: 2, dead: 0, deferred: 1 });

    const row = async (key: string) => db.providerEvent.findUniqueOrThrow({ where: { id: ids.get(key)! } });
    for (const key of ["ok-1", "ok-2", "after-not-ready"])
      expect(await row(key)).toMatchObject({ status: "PROCESSED", attempts: 1, lastError: null });
    expect(await row("no-handler")).toMatchObject({ status: "UNHANDLED", attempts: 1 });
    const boom = await row("boom");
    expect(boom).toMatchObject({ status: "FAILED", attempts: 1, lastError: "Error: case store unavailable" });
    const delay = boom.nextAttemptAt!.getTime() - before;
    expect(delay).toBeGreaterThanOrEqual(5_000 - 50);
    expect(delay).toBeLessThanOrEqual(10_000 + 5_000);
    expect(await row("not-ready")).toMatchObject({
      status: "FAILED",
      attempts: 1,
      lastError: "EventNotReadyError: waiting for its predecessor",
    });
    expect(await row("after-boom")).toMatchObject({ status: "PENDING", attempts: 0 });

    // The failing handlers' writes were rolled back with their savepoint; the others' committed.
    const written = await db.componentHeartbeat.findMany({
      where: { component: { startsWith: `batch-${run}-` } },
      select: { component: true },
    });
    expect(written.map((w) => w.component).sort()).toEqual(["after-not-ready", "ok-1", "ok-2"].map(wrote).sort());

    // Not due yet: the failed event and the one behind it are not claimed; once due, both run, in order.
    expect((await processEventBatch(db, handlers, slowRetry, { limit: 100 })).claimed).toBe(0);
    await db.providerEvent.update({ where: { id: ids.get("boom")! }, data: { nextAttemptAt: new Date(Date.now() - 1_000) } });
    const seen: string[] = [];
    const retry = await processEventBatch(
      db,
      { [`WISEALPHA:${type}`]: async (_tx, event) => void seen.push(keyOf(event.payload)) },
      policy,
      { limit: 100 },
    );
    expect(retry).toMatchObject({ processed: 2 });
    expect(seen).toEqual(["boom", "after-boom"]);
    expect(await row("boom")).toMatchObject({ status: "PROCESSED", attempts: 2, lastError: null, nextAttemptAt: null });
  });

  it("dead-letters an event after its last attempt inside a batch", async () => {
    const type = `dead.${run}`;
    const ids = await store([
      { key: "dying", type, customer: "d1" },
      { key: "fine", type, customer: "d2" },
    ]);
    await db.providerEvent.update({ where: { id: ids.get("dying")! }, data: { status: "FAILED", attempts: policy.maxAttempts - 1 } });
    const handlers: HandlerRegistry = {
      [`WISEALPHA:${type}`]: async (_tx, event) => {
        if (keyOf(event.payload) === "dying") throw new Error("still broken");
      },
    };
    expect(await processEventBatch(db, handlers, policy, { limit: 100 })).toMatchObject({ processed: 1, dead: 1 });
    expect(await db.providerEvent.findUniqueOrThrow({ where: { id: ids.get("dying")! } })).toMatchObject({
      status: "DEAD",
      attempts: policy.maxAttempts,
      nextAttemptAt: null,
      lastError: "Error: still broken",
    });
  });
});

describe("per-entity order across claim loops", () => {
  it("runs each entity's events once, in provider order, never two of one entity in different transactions at once", async () => {
    const type = `order.${run}`;
    const ENTITIES = 12;
    const PER_ENTITY = 15;
    const t0 = Date.now() - 60_000;
    // Provider order: the provider's time. Receipt order (our ids): shuffled, so id order is not the answer.
    const specs: Spec[] = [];
    for (let seq = 0; seq < PER_ENTITY; seq++)
      for (let e = 0; e < ENTITIES; e++)
        specs.push({ key: `${e}:${seq}`, type, customer: `cust-${e}`, createdAt: new Date(t0 + seq * 1_000 + e) });
    for (let i = specs.length - 1; i > 0; i--) {
      const j = Math.floor(Math.random() * (i + 1));
      [specs[i], specs[j]] = [specs[j]!, specs[i]!];
    }
    // Two events of one entity at the same provider time: our id (receipt order) decides.
    specs.push({ key: `0:${PER_ENTITY}`, type, customer: "cust-0", createdAt: new Date(t0 + (PER_ENTITY - 1) * 1_000) });
    const ids = await store(specs);

    type Seen = { entity: number; seq: number; txid: string; openEarlier: number };
    const seen: Seen[] = [];
    const handlers: HandlerRegistry = {
      [`WISEALPHA:${type}`]: async (tx, event) => {
        const [entity, seq] = keyOf(event.payload).split(":").map(Number) as [number, number];
        // Earlier events of the entity not yet final as this transaction sees them: only those this
        // same transaction ran before (it commits their status at the end) may be open.
        const [row] = await tx.$queryRaw<{ txid: string; open: number }[]>`
          SELECT txid_current()::text AS txid,
                 (SELECT count(*)::int FROM "ProviderEvent" p, "ProviderEvent" me
                   WHERE me.id = ${event.id} AND p."customerRef" = me."customerRef" AND p.type = me.type
                     AND (p."providerCreatedAt", p.id) < (me."providerCreatedAt", me.id)
                     AND p.status NOT IN ('PROCESSED', 'UNHANDLED', 'DEAD')) AS open`;
        // Give the other loop time to try the same entity.
        await new Promise((r) => setTimeout(r, Math.random() * 3));
        seen.push({ entity, seq, txid: row!.txid, openEarlier: row!.open });
      },
    };
    const processing = await startProcessing({ db, logger, policy, handlers, concurrency: 2, batchSize: 7, pollIntervalMs: 20 });
    try {
      await expect
        .poll(() => db.providerEvent.count({ where: { id: { in: [...ids.values()] }, status: "PROCESSED" } }), {
          timeout: 30_000,
          interval: 100,
        })
        .toBe(specs.length);
    } finally {
      await processing.stop();
    }

    expect(seen).toHaveLength(specs.length);
    expect(new Set(seen.map((s) => `${s.entity}:${s.seq}`)).size).toBe(specs.length);
    expect(new Set(seen.map((s) => s.txid)).size).toBeGreaterThan(2); // really several batches
    for (let e = 0; e < ENTITIES; e++) {
      const mine = seen.filter((s) => s.entity === e);
      expect(mine.map((s) => s.seq)).toEqual(mine.map((s) => s.seq).sort((a, b) => a - b));
      for (const [i, s] of mine.entries()) {
        const earlierInSameTx = mine.slice(0, i).filter((o) => o.txid === s.txid).length;
        expect(s.openEarlier, `entity ${e} event ${s.seq}`).toBe(earlierInSameTx);
      }
    }
  });
});
