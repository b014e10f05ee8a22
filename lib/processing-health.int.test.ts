import { beforeEach, describe, expect, it } from "vitest";

import { GET } from "@/app/api/health/route";
import { createPrismaClient } from "@/lib/db/create-client";
import { ingestEvents } from "@/lib/events/ingest";

import { checkProcessingLag } from "./processing-health";

const db = createPrismaClient(process.env.DATABASE_URL!, 2);

async function storeEvent(receivedSecondsAgo: number, status: "PENDING" | "FAILED" = "PENDING", nextAttemptInSeconds?: number) {
  const id = `lag-${Date.now()}-${Math.random()}`;
  const { newIds } = await ingestEvents(db, { provider: "WISEALPHA", transport: "WEBHOOK", signature: "VALID" }, [
    { providerEventId: id, type: "account.aml-check-passed", providerCreatedAt: null, refs: {}, rawPayload: JSON.stringify({ id }) },
  ]);
  const nextAttemptAt = nextAttemptInSeconds === undefined ? null : new Date(Date.now() + nextAttemptInSeconds * 1000);
  await db.providerEvent.update({
    where: { id: newIds[0]! },
    data: { receivedAt: new Date(Date.now() - receivedSecondsAgo * 1000), status, nextAttemptAt },
  });
  return newIds[0]!;
}

// #20 finding 6: health said the worker was fine while processing had stalled for minutes.
describe("processing lag in health", () => {
  beforeEach(async () => {
    // Other suites leave due events in the shared test database; the lag is about this test's own.
    await db.providerEvent.updateMany({ where: { status: { in: ["PENDING", "FAILED"] } }, data: { status: "UNHANDLED" } });
  });

  it("is ok with nothing waiting, and ignores an event that is backing off", async () => {
    expect(await checkProcessingLag(db, 60)).toMatchObject({ status: "ok", lagSeconds: 0, dueSince: null });
    await storeEvent(600, "FAILED", 30);
    expect(await checkProcessingLag(db, 60)).toMatchObject({ status: "ok", lagSeconds: 0 });
  });

  it("reports the age of the oldest due event and is degraded past the limit", async () => {
    await storeEvent(5);
    const fresh = await checkProcessingLag(db, 60);
    expect(fresh.status).toBe("ok");
    expect(fresh.lagSeconds).toBeGreaterThanOrEqual(5);
    // Ids follow receipt, so the oldest due event is the lowest id: start again with an older one.
    await db.providerEvent.updateMany({ where: { status: "PENDING" }, data: { status: "UNHANDLED" } });
    await storeEvent(120);
    const stalled = await checkProcessingLag(db, 60);
    expect(stalled.status).toBe("degraded");
    expect(stalled.lagSeconds).toBeGreaterThanOrEqual(120);
    expect(stalled.lagSeconds).toBeLessThan(180);
    // A failed event counts from when its retry fell due, not from its receipt.
    await db.providerEvent.updateMany({ where: { status: "PENDING" }, data: { status: "UNHANDLED" } });
    await storeEvent(3_600, "FAILED", -90);
    expect((await checkProcessingLag(db, 60)).lagSeconds).toBeGreaterThanOrEqual(90);
    expect((await checkProcessingLag(db, 60)).lagSeconds).toBeLessThan(150);
  });

  it("GET /api/health shows the lag and says degraded, with a live worker heartbeat", async () => {
    await db.componentHeartbeat.upsert({
      where: { component: "worker" },
      create: { component: "worker", beatAt: new Date(), details: {} },
      update: { beatAt: new Date() },
    });
    await storeEvent(400);
    const response = await GET();
    expect(response.status).toBe(200);
    const body = (await response.json()) as { status: string; components: Record<string, { status: string; lagSeconds?: number }> };
    expect(body.components.worker?.status).toBe("ok");
    expect(body.components.processing).toMatchObject({ status: "degraded" });
    expect(body.components.processing?.lagSeconds).toBeGreaterThanOrEqual(400);
    expect(body.status).toBe("degraded");
  });

  it("GET /api/health is degraded without a live worker even when nothing waits", async () => {
    await db.componentHeartbeat.upsert({
      where: { component: "worker" },
      create: { component: "worker", beatAt: new Date(Date.now() - 60_000), details: {} },
      update: { beatAt: new Date(Date.now() - 60_000) },
    });
    const body = (await (await GET()).json()) as { status: string; components: Record<string, { status: string }> };
    expect(body.components.processing?.status).toBe("ok");
    expect(body.components.worker?.status).toBe("down");
    expect(body.status).toBe("degraded");
  });
});
