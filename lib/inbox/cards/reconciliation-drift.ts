import "server-only";

import { checkLabel } from "@/lib/reconciliation/check-names";
import { findDriftItems } from "@/lib/reconciliation/find-drift";

import { PREVIEW_ITEMS, type InboxCard } from "../card-types";

/**
 * Open drift items (#15): found by a reconciliation run and not yet acknowledged or resolved.
 * The count and preview come from the drift list's own query (findDriftItems) with the filter
 * the link opens (?state=OPEN), so the card and the list agree; the oldest is first seen longest ago.
 */
export const reconciliationDrift: InboxCard = {
  id: "reconciliation-drift",
  group: "Reconciliation",
  title: "Open drift",
  hint: "Our records and a provider disagree: open both sides, then acknowledge or resolve.",
  permission: "reconciliation.read",
  tone: "attention",
  href: () => "/reconciliation?state=OPEN",
  async load() {
    const { total, items } = await findDriftItems({ state: "OPEN" }, 1, PREVIEW_ITEMS);
    // The list is newest first: the oldest open item is the last row of the whole list.
    const oldest = total > items.length ? (await findDriftItems({ state: "OPEN" }, total, 1)).items[0] : items.at(-1);
    const oldestAt = oldest?.firstSeenAt.toISOString() ?? null;
    return {
      count: total,
      oldestAt,
      items: items.map((d) => ({
        id: d.id,
        label: d.summary,
        // The check's words name the provider too ("WiseAlpha: account balances against …").
        detail: `${checkLabel(d.check)} · ${d.objectRef}`,
        href: `/reconciliation/${d.id}`,
        at: d.firstSeenAt.toISOString(),
      })),
    };
  },
};
