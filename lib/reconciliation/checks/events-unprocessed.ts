import { UNPROCESSED_EVENTS_CHECK } from "../check-names";
import type { Finding, ReconciliationCheck } from "../types";

/** Events received but still not processed after the configured age (any provider). Our tables only. */
export const unprocessedEvents: ReconciliationCheck = {
  name: UNPROCESSED_EVENTS_CHECK,
  provider: "EVENTS",
  async run({ db, now, settings }) {
    const before = new Date(now().getTime() - settings.unprocessedEventAgeMs);
    const rows = await db.providerEvent.findMany({
      where: { status: { in: ["PENDING", "FAILED"] }, receivedAt: { lt: before } },
      select: {
        id: true,
        provider: true,
        providerEventId: true,
        type: true,
        status: true,
        attempts: true,
        lastError: true,
        receivedAt: true,
      },
      orderBy: { id: "asc" },
      take: 10_000,
    });
    const findings: Finding[] = rows.map((e) => ({
      objectType: "event",
      objectRef: e.id.toString(),
      kind: "not_processed",
      summary: `${e.provider} ${e.type} received ${e.receivedAt.toISOString()} is still ${e.status} after ${e.attempts} attempt(s).`,
      ours: {
        status: e.status,
        attempts: e.attempts,
        last_error: e.lastError?.slice(0, 200) ?? null,
        received_at: e.receivedAt.toISOString(),
      },
      theirs: { provider: e.provider, event_id: e.providerEventId, type: e.type },
    }));
    return { objectsChecked: rows.length, findings };
  },
};
