import { EVENT_GAPS_CHECK } from "../check-names";
import type { Finding, ReconciliationCheck } from "../types";

const BATCH = 1_000;

/**
 * Gaps: WiseAlpha's /events/ feed against the events we received (webhook or poll). An event
 * in the feed, older than the grace period (a webhook may still be on its way) and inside the
 * window, that we never stored is a lost delivery. One paged read of the feed.
 */
export const wiseAlphaEventGaps: ReconciliationCheck = {
  name: EVENT_GAPS_CHECK,
  provider: "EVENTS",
  async run({ db, clients, now, settings }) {
    const newest = now().getTime() - settings.eventGapGraceMs;
    const oldest = now().getTime() - settings.eventGapWindowMs;
    const feed: { id: string; type: string; created: string; customer: string | null }[] = [];
    let checked = 0;
    for await (const event of clients.wiseAlpha.iterateEvents()) {
      checked += 1;
      const at = Date.parse(event.created);
      if (at > newest || at < oldest) continue;
      feed.push({ id: event.id, type: event.event_type, created: event.created, customer: event.customer_id ?? null });
    }
    const findings: Finding[] = [];
    for (let i = 0; i < feed.length; i += BATCH) {
      const slice = feed.slice(i, i + BATCH);
      const rows = await db.providerEvent.findMany({
        where: { provider: "WISEALPHA", providerEventId: { in: slice.map((e) => e.id) } },
        select: { providerEventId: true },
      });
      const received = new Set(rows.map((r) => r.providerEventId));
      for (const event of slice) {
        if (received.has(event.id)) continue;
        findings.push({
          objectType: "event",
          objectRef: event.id,
          kind: "not_received",
          summary: `WiseAlpha's feed has ${event.type} of ${event.created}; we never received it.`,
          ours: null,
          theirs: { type: event.type, created: event.created, customer: event.customer },
        });
      }
    }
    return { objectsChecked: checked, findings };
  },
};
