import "server-only";

import { auditAs } from "@/lib/audit/write-audit";
import type { CurrentUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import type { EventFilter } from "@/lib/validations/events";

import { eventWhere } from "./event-where";

/** A replayed event waits for the worker again: due now, attempts and last error cleared. */
const waitingAgain = () => ({ status: "PENDING" as const, attempts: 0, nextAttemptAt: new Date(), lastError: null });

/**
 * Replay re-runs the handler of a stored event; it never stores the event again.
 * Setting the row back to PENDING is the whole request: the worker's processor
 * picks PENDING rows up (see worker/processing). The audit entry commits with it.
 */
export async function replayEvent(actor: CurrentUser, eventId: bigint) {
  return getDb().$transaction(async (tx) => {
    const event = await tx.providerEvent.findUnique({
      where: { id: eventId },
      select: { id: true, status: true, type: true, provider: true },
    });
    if (!event) throw new AppError("NOT_FOUND", "That event does not exist.");
    if (event.status === "PENDING") throw new AppError("CONFLICT", "This event is already waiting to be processed.");
    await tx.providerEvent.update({
      where: { id: eventId },
      data: waitingAgain(),
    });
    const details = { type: event.type, provider: event.provider, previousStatus: event.status };
    await auditAs(tx, actor, "event.replayed", { type: "event", id: eventId.toString() }, details);
    return { id: eventId };
  });
}

/**
 * One chunk of "replay every failed event matching the filter", in id order, so
 * the caller can report progress and resume after `nextAfterId`. Only FAILED and
 * DEAD events are replayed, whatever status the filter names.
 */
export async function replayFailedEvents(
  actor: CurrentUser,
  filter: Omit<EventFilter, "before" | "q">,
  afterId: bigint | undefined,
  chunkSize: number,
) {
  const where = { ...eventWhere(filter), status: { in: ["FAILED", "DEAD"] as ("FAILED" | "DEAD")[] } };
  return getDb().$transaction(async (tx) => {
    const [chunk, remaining] = await Promise.all([
      tx.providerEvent.findMany({
        where: { ...where, ...(afterId !== undefined && { id: { gt: afterId } }) },
        orderBy: { id: "asc" },
        take: chunkSize,
        select: { id: true },
      }),
      tx.providerEvent.count({ where: { ...where, ...(afterId !== undefined && { id: { gt: afterId } }) } }),
    ]);
    const ids = chunk.map((e) => e.id);
    if (ids.length > 0) {
      await tx.providerEvent.updateMany({
        where: { id: { in: ids } },
        data: waitingAgain(),
      });
      const details = { filter, count: ids.length, firstId: ids[0]!.toString(), lastId: ids.at(-1)!.toString() };
      await auditAs(tx, actor, "events.replayed", { type: "event", id: null }, details);
    }
    // The last chunk of a bulk replay (nothing left after it): its starter hears that it finished.
    if (remaining - ids.length === 0 && (ids.length > 0 || afterId !== undefined)) {
      await notify(tx, {
        userId: actor.id,
        kind: "events.bulk_replay_finished",
        title: "Your bulk replay of failed events finished",
        body: "Every matching failed or dead event is queued again; see the event log for their new status.",
        href: "/events?status=PENDING",
        targetType: "event",
      });
    }
    return { replayed: ids.length, remaining: remaining - ids.length, nextAfterId: ids.at(-1)?.toString() ?? null };
  });
}
