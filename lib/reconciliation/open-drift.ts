import "server-only";

import { getDb } from "@/lib/db";

import { LIVE_STATES } from "./drift-items";

/**
 * For the home inbox's "open drift" card: how many items still need a person (OPEN or
 * ACKNOWLEDGED), the oldest first-seen date, and the oldest few. Same filter for all three,
 * so the card's count and its list cannot disagree.
 */
export async function findOpenDrift(first = 5) {
  const where = { state: { in: [...LIVE_STATES] } };
  const [count, items] = await Promise.all([
    getDb().driftItem.count({ where }),
    getDb().driftItem.findMany({
      where,
      orderBy: [{ firstSeenAt: "asc" }, { id: "asc" }],
      take: first,
      select: { id: true, check: true, provider: true, objectRef: true, kind: true, summary: true, state: true, firstSeenAt: true },
    }),
  ]);
  return { count, oldestFirstSeenAt: items[0]?.firstSeenAt ?? null, items, href: "/reconciliation?state=OPEN" };
}
