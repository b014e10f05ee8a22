import { describe, expect, it } from "vitest";

import { createPrismaClient } from "@/lib/db/create-client";
import { logger } from "@/lib/logger";
import { startProcessing } from "@/worker/processing/start-processing";

import { EventNotReadyError, NOT_READY_WAIT_MS } from "./event-not-ready";
import { EVENT_HANDLERS, type HandlerRegistry } from "./handlers";
import { ingestEvents } from "./ingest";
import { processEvent } from "./process-event";
import { purgeExpiredPayloads } from "./retention";

const db = createPrismaClient(process.env.DATABASE_URL!, 3);
const policy = { maxAttempts: 3, baseDelayMs: 1_000, maxDelayMs: 10_000 };

async function store(type: string) {
  const id = `${type}-${Date.now()}-${Math.random()}`;
  const { newIds } = await ingestEvents(db, { provider: "WISEALPHA", transport: "WEBHOOK", signature: "VALID" }, [
    { providerEventId: id, type, providerCreatedAt: null, refs: {}, rawPayload: JSON.stringify({ id, event_type: type }) },
  ]);
  return newIds[0]!;
}

describe("processEvent", () => {
  it("marks an event without a handler UNHANDLED (stored, not failed)", async () => {
    const id = await store("robowise.closed");
    expect(await processEvent(db, id, {}, policy)).toBe("unhandled");
    expect(await db.providerEvent.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "UNHANDLED",
      attempts: 1,
      lastError: null,
    });
  });

  it("runs the handler once and marks PROCESSED; a second run is skipped", async () => {
    const id = await store("account.aml-check-passed");
    let calls = 0;
    const handlers: HandlerRegistry = {
      "WISEALPHA:account.aml-check-passed": async (_tx, event) => void (calls += event.id === id ? 1 : 0),
    };
    expect(await processEvent(db, id, handlers, policy)).toBe("processed");
    expect(await processEvent(db, id, handlers, policy)).toBe("skipped");
    expect(calls).toBe(1);
  });

  it("retries a failing handler with backoff, then dead-letters it with the error", async () => {
    const id = await store("account.document-rejected");
    const handlers: HandlerRegistry = {
      "WISEALPHA:account.document-rejected": async (tx) => {
        await tx.providerEvent.update({ where: { id }, data: { lastError: "a change the handler made" } });
        throw new Error("case store unavailable");
      },
    };
    const t0 = new Date("2026-11-23T10:00:00Z");
    expect(await processEvent(db, id, handlers, policy, () => t0)).toBe("failed");
    let row = await db.providerEvent.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "FAILED", attempts: 1, lastError: "Error: case store unavailable" });
    const delay = row.nextAttemptAt!.getTime() - t0.getTime();
    expect(delay).toBeGreaterThanOrEqual(500);
    expect(delay).toBeLessThanOrEqual(1_000);

    // Each retry once it is due.
    const at = (ms: number) => () => new Date(t0.getTime() + ms);
    expect(await processEvent(db, id, handlers, policy, at(60_000))).toBe("failed");
    expect(await processEvent(db, id, handlers, policy, at(120_000))).toBe("dead");
    row = await db.providerEvent.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "DEAD", attempts: 3, nextAttemptAt: null, lastError: "Error: case store unavailable" });
    expect(await processEvent(db, id, handlers, policy)).toBe("skipped");
  });

  // The queue may hand one row to two jobs (a dead worker's, the sweep's re-queue): a second run
  // before the retry is due must not spend an attempt.
  it("skips a failed event until its retry is due", async () => {
    const id = await store("account.bank-details-rejected");
    let calls = 0;
    const handlers: HandlerRegistry = {
      "WISEALPHA:account.bank-details-rejected": async () => {
        calls += 1;
        throw new Error("provider down");
      },
    };
    expect(await processEvent(db, id, handlers, policy)).toBe("failed");
    expect(await processEvent(db, id, handlers, policy)).toBe("skipped");
    expect(calls).toBe(1);
    expect(await db.providerEvent.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "FAILED", attempts: 1 });
  });

  it("keeps an event that waits for its predecessor FAILED past the last attempt, until the wait limit", async () => {
    const id = await store("account.investor-type-approved");
    const handlers: HandlerRegistry = {
      "WISEALPHA:account.investor-type-approved": async () => {
        throw new EventNotReadyError("waiting for the account event it follows");
      },
    };
    const received = (await db.providerEvent.findUniqueOrThrow({ where: { id } })).receivedAt.getTime();
    const at = (ms: number) => () => new Date(received + ms);
    for (let attempt = 1; attempt <= policy.maxAttempts + 2; attempt++) {
      expect(await processEvent(db, id, handlers, policy, at(attempt * 60_000))).toBe("failed");
    }
    expect(await processEvent(db, id, handlers, policy, at(NOT_READY_WAIT_MS + 60_000))).toBe("dead");
  });
});

describe("startProcessing (claim loops)", () => {
  it("picks up stored events and settles them without a second run", async () => {
    // The claim is in provider order; other suites leave unprocessed events in the shared test database.
    await db.providerEvent.updateMany({ where: { status: { in: ["PENDING", "FAILED"] } }, data: { status: "UNHANDLED" } });
    const ids = await Promise.all(Array.from({ length: 10 }, () => store("investment.payment")));
    let runs = 0;
    const original = EVENT_HANDLERS["WISEALPHA:investment.payment"];
    EVENT_HANDLERS["WISEALPHA:investment.payment"] = async () => void (runs += 1);
    const processing = await startProcessing({ db, logger, policy, pollIntervalMs: 200, concurrency: 2 });
    try {
      await expect
        .poll(async () => db.providerEvent.count({ where: { id: { in: ids }, status: "PROCESSED" } }), { timeout: 20_000, interval: 250 })
        .toBe(10);
      expect(runs).toBe(10);
    } finally {
      await processing.stop();
      EVENT_HANDLERS["WISEALPHA:investment.payment"] = original!;
    }
  });
});

describe("purgeExpiredPayloads", () => {
  it("really deletes payloads older than the retention and keeps the metadata", async () => {
    const old = await store("account.bank-transfer-credited");
    const fresh = await store("account.bank-transfer-credited");
    await db.providerEvent.update({ where: { id: old }, data: { receivedAt: new Date(Date.now() - 31 * 86_400_000) } });
    expect((await purgeExpiredPayloads(db, 30)).events).toBeGreaterThanOrEqual(1);
    const [purged] = await db.$queryRaw<{ payload: unknown; purgedAt: Date | null; type: string }[]>`
      SELECT payload, "payloadPurgedAt" AS "purgedAt", type FROM "ProviderEvent" WHERE id = ${old}`;
    expect(purged).toMatchObject({ payload: null, type: "account.bank-transfer-credited" });
    expect(purged!.purgedAt).toBeInstanceOf(Date);
    expect((await db.providerEvent.findUniqueOrThrow({ where: { id: fresh } })).payload).not.toBeNull();
  });
});
