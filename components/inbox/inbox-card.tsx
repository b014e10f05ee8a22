import Link from "next/link";

import type { InboxCardView } from "@/lib/inbox/load-inbox";
import { cn } from "@/lib/utils";

import { RelativeTime } from "@/components/ui/date-time";

/** One kind of work: the count first (what needs me), then the oldest's age, a few items and the list. */
export function InboxCard({ card }: { card: InboxCardView }) {
  const urgent = card.tone === "attention" && card.count > 0;
  const headingId = `card-${card.id}-title`;
  return (
    <section
      aria-labelledby={headingId}
      data-testid={`inbox-card-${card.id}`}
      data-count={card.count}
      className={cn(
        "flex flex-col rounded-lg border bg-white p-4 shadow-sm",
        urgent ? "border-red-300" : card.count > 0 ? "border-slate-300" : "border-slate-200",
      )}
    >
      <div className="flex items-start justify-between gap-3">
        <div className="min-w-0">
          <h3 id={headingId} className="text-sm font-semibold text-slate-900">
            <Link href={card.href} className="hover:underline">
              {card.title}
            </Link>
          </h3>
          <p className="mt-0.5 text-xs text-slate-600">{card.hint}</p>
        </div>
        <p
          className={cn(
            "shrink-0 font-mono text-3xl leading-none font-semibold tabular-nums",
            card.count === 0 ? "text-slate-500" : urgent ? "text-red-700" : "text-slate-900",
          )}
          data-testid="inbox-count"
        >
          {card.approximate ? <span title="estimated from table statistics">≈</span> : null}
          {card.count.toLocaleString("en-GB")}
          <span className="sr-only"> waiting</span>
        </p>
      </div>
      {card.failed ? (
        <p className="mt-3 text-xs text-red-700">This card could not be loaded; it is tried again in a few seconds.</p>
      ) : card.count === 0 ? (
        <p className="mt-3 text-xs text-slate-500">Nothing waiting.</p>
      ) : (
        <>
          {card.oldestAt && (
            <p className="mt-2 text-xs text-slate-700">
              Oldest: <RelativeTime value={card.oldestAt} testId="inbox-oldest" />
            </p>
          )}
          <ul className="mt-2 divide-y divide-slate-100 text-xs">
            {card.items.map((item) => (
              <li key={item.id} className="flex items-baseline justify-between gap-2 py-1.5">
                <Link href={item.href} className="min-w-0 truncate">
                  <span className="font-medium text-slate-900 underline-offset-2 hover:underline">{item.label}</span>
                  {item.detail && <span className="ml-1 text-slate-600">{item.detail}</span>}
                </Link>
                <span className="shrink-0 text-slate-500">
                  <RelativeTime value={item.at} />
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      <Link href={card.href} className="mt-auto pt-3 text-xs font-medium text-sky-800 underline underline-offset-2">
        Open the list{card.count > 0 ? ` (${card.count.toLocaleString("en-GB")})` : ""}
      </Link>
    </section>
  );
}
