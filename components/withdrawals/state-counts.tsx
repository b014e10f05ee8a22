import Link from "next/link";

import type { WithdrawalState } from "@/generated/prisma/enums";
import { cn } from "@/lib/utils";
import { WITHDRAWAL_STATES } from "@/lib/withdrawals/state-machine";

/** One count per state under the other filters; each links to the queue narrowed to it. */
export function StateCounts({
  counts,
  params,
  active,
}: {
  counts: Record<WithdrawalState, number>;
  params: Record<string, string>;
  active?: WithdrawalState;
}) {
  const hrefFor = (state: WithdrawalState | null) => {
    // A new state starts at page 1: the old page number may not exist in the narrower list.
    const query = new URLSearchParams(Object.entries(params).filter(([k]) => k !== "state" && k !== "page"));
    if (state) query.set("state", state);
    return `/withdrawals?${query.toString()}`;
  };
  const total = WITHDRAWAL_STATES.reduce((sum, s) => sum + counts[s], 0);
  const cls = (on: boolean) =>
    cn("rounded-md border bg-white px-3 py-1.5", on ? "border-slate-900" : "border-slate-200 hover:border-slate-400");
  return (
    <nav aria-label="State counts" className="mb-4 flex flex-wrap gap-2 text-sm">
      <Link href={hrefFor(null)} className={cls(!active)}>
        All <span className="ml-1 font-mono font-semibold">{total}</span>
      </Link>
      {WITHDRAWAL_STATES.map((state) => (
        <Link key={state} href={hrefFor(state)} data-testid={`state-count-${state}`} className={cls(active === state)}>
          {state.toLowerCase().replace("_", " ")} <span className="ml-1 font-mono font-semibold">{counts[state]}</span>
        </Link>
      ))}
    </nav>
  );
}
