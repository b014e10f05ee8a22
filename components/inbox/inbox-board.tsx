"use client";

import { useQuery } from "@tanstack/react-query";

import { fetchFresh } from "@/components/providers/fetch-fresh";
import type { InboxGroup } from "@/lib/inbox/card-types";
import type { InboxCardView } from "@/lib/inbox/load-inbox";

import { InboxCard } from "./inbox-card";

type Inbox = { cards: InboxCardView[]; at: string };

/** Every few seconds, so a change shows on the home page within 5 s without a reload. */
export const INBOX_POLL_MS = 3_000;

const GROUPS: InboxGroup[] = ["Withdrawals", "Deposits", "Onboarding", "Orders", "Events", "Reconciliation"];

export function InboxBoard({ initial }: { initial: Inbox }) {
  const { data } = useQuery({
    queryKey: ["inbox"],
    queryFn: () => fetchFresh<Inbox>("/api/inbox", "inbox"),
    initialData: initial,
    refetchInterval: INBOX_POLL_MS,
  });
  const groups = GROUPS.map((group) => ({ group, cards: data.cards.filter((c) => c.group === group) })).filter((g) => g.cards.length);
  return (
    <div className="flex flex-col gap-8" data-testid="inbox">
      {groups.map(({ group, cards }) => {
        const waiting = cards.reduce((sum, c) => sum + c.count, 0);
        return (
          <section key={group} aria-labelledby={`group-${group}`}>
            <h2 id={`group-${group}`} className="mb-3 flex items-baseline gap-2 text-base font-semibold text-slate-900">
              {group}
              <span className="text-xs font-normal text-slate-600">
                {waiting === 0 ? "all clear" : `${waiting.toLocaleString("en-GB")} waiting`}
              </span>
            </h2>
            <div className="grid grid-cols-1 gap-4 md:grid-cols-2 xl:grid-cols-3">
              {cards.map((card) => (
                <InboxCard key={card.id} card={card} />
              ))}
            </div>
          </section>
        );
      })}
    </div>
  );
}
