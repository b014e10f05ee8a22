import { describe, expect, it } from "vitest";

import { getDb } from "@/lib/db";
import { ingestEvents } from "@/lib/events/ingest";
import { signInAs } from "@/scripts/test-support/auth";

import { replayEventAction, replayFailedEventsAction } from "./events";

async function failedEvent(type: string) {
  const db = getDb();
  const id = `act-${type}-${Date.now()}-${Math.random()}`;
  const { newIds } = await ingestEvents(db, { provider: "WISEALPHA", transport: "WEBHOOK", signature: "VALID" }, [
    { providerEventId: id, type, providerCreatedAt: null, refs: {}, rawPayload: "{}" },
  ]);
  return db.providerEvent.update({ where: { id: newIds[0]! }, data: { status: "FAILED", attempts: 3, lastError: "handler threw" } });
}

describe("event replay actions called directly (no UI)", () => {
  it("refuse STAFF and change nothing", async () => {
    const event = await failedEvent(`staff-refused-${Date.now()}`);
    const staff = await signInAs("STAFF");

    const single = await replayEventAction({ eventId: event.id.toString() });
    expect(single.serverError).toBe("Your role (STAFF) does not allow this (events.replay).");
    expect(single.data).toBeUndefined();
    const bulk = await replayFailedEventsAction({ filter: { type: event.type }, chunkSize: 10 });
    expect(bulk.serverError).toBe("Your role (STAFF) does not allow this (events.replay).");

    expect(await getDb().providerEvent.findUniqueOrThrow({ where: { id: event.id } })).toEqual(event);
    expect(
      await getDb().auditEntry.count({ where: { action: { in: ["event.replayed", "events.replayed"] }, actorId: staff.user.id } }),
    ).toBe(0);
    const denials = await getDb().auditEntry.findMany({ where: { action: "action.denied", actorId: staff.user.id } });
    expect(denials.map((d) => (d.details as { attempted: string }).attempted).sort()).toEqual([
      "action:replayEvent",
      "action:replayFailedEvents",
    ]);
  });

  it("let ADMIN replay one event: back to PENDING, audited", async () => {
    const event = await failedEvent(`admin-one-${Date.now()}`);
    const admin = await signInAs("ADMIN");
    const result = await replayEventAction({ eventId: event.id.toString() });
    expect(result.serverError).toBeUndefined();
    expect(await getDb().providerEvent.findUniqueOrThrow({ where: { id: event.id } })).toMatchObject({
      status: "PENDING",
      attempts: 0,
      lastError: null,
    });
    const audit = await getDb().auditEntry.findFirstOrThrow({ where: { action: "event.replayed", targetId: event.id.toString() } });
    expect(audit).toMatchObject({ actorId: admin.user.id, outcome: "SUCCESS" });
  });

  it("let ADMIN replay the failed events of a filter chunk by chunk, as the list page does", async () => {
    const type = `admin-bulk-${Date.now()}`;
    for (let i = 0; i < 5; i++) await failedEvent(type);
    await signInAs("ADMIN");
    const chunks: number[] = [];
    let afterId: string | undefined;
    for (;;) {
      const { data } = await replayFailedEventsAction({ filter: { type }, afterId, chunkSize: 2 });
      chunks.push(data!.replayed);
      if (data!.remaining === 0 || !data!.nextAfterId) break;
      afterId = data!.nextAfterId;
    }
    expect(chunks).toEqual([2, 2, 1]);
    expect(await getDb().providerEvent.count({ where: { type, status: "PENDING" } })).toBe(5);
  });
});
