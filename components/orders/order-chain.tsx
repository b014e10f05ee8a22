import Link from "next/link";
import type { ReactNode } from "react";

import { DateTime } from "@/components/ui/date-time";
import { Money } from "@/components/ui/money";
import type { ChainEvent } from "@/lib/orders/order-chain";

const KIND: Record<string, string> = {
  placed: "Placed",
  price_change: "Price change: waiting for confirmation",
  confirmed: "Confirmed at the new price",
  partly_filled: "Partly filled",
  filled: "Filled",
  cancelled: "Cancelled",
  cancel_requested: "Cancel requested by us",
  gone: "No longer open at WiseAlpha",
};

/** Amounts in the person's format when the event names its currency; otherwise as WiseAlpha sent them. */
function describe(e: ChainEvent): ReactNode {
  const d = e.details as Record<string, string | undefined>;
  const m = (amount: string | undefined) =>
    amount === undefined ? "?" : d.currency ? <Money amount={amount} currency={d.currency} /> : amount;
  switch (e.kind) {
    case "placed":
      return (
        <>
          amount {m(d.amount)} at {d.price}
        </>
      );
    case "price_change":
      return (
        <>
          old price {d.old_price} → new price {d.new_price}; {m(d.amount_remaining)} remaining
        </>
      );
    case "confirmed":
      return `old price ${d.old_price} → new price ${d.new_price}; continues as ${d.new_id}`;
    case "partly_filled":
      return d.amount_filled ? (
        <>
          {m(d.amount_filled)} of {m(d.amount_requested)} filled
        </>
      ) : d.remainder_id ? (
        <>
          amount {m(d.amount_before)} → {m(d.amount_remaining)} remaining, continues as {d.remainder_id}
        </>
      ) : (
        `WiseAlpha says ${d.provider_state ?? "replaced"}`
      );
    case "filled":
      return (
        <>
          {m(d.amount_filled)} of {m(d.amount_requested)} filled
          {d.cash_received && <>; cash received {m(d.cash_received)}</>}
        </>
      );
    case "cancelled":
      return (
        <>
          {d.reason ?? "no reason given"}; {m(d.amount_remaining)} remaining
        </>
      );
    case "gone":
      return `found ${d.provider_state ?? "nothing"} at WiseAlpha during reconciliation`;
    default:
      return null;
  }
}

/** What happened to each id of the chain, oldest first. */
export function OrderChainTimeline({ events }: { events: ChainEvent[] }) {
  if (events.length === 0) return <p className="text-sm text-slate-600">Nothing recorded yet.</p>;
  return (
    <ol className="space-y-2 text-sm" data-testid="order-history">
      {events.map((e) => (
        <li key={e.id} className="border-l-2 border-slate-300 pl-3" data-kind={e.kind}>
          <div className="font-medium">
            {KIND[e.kind] ?? e.kind} <span className="font-mono text-xs text-slate-600">{e.orderId}</span>
          </div>
          <div className="text-xs text-slate-700">{describe(e)}</div>
          <div className="text-xs text-slate-600">
            <DateTime value={e.occurredAt} style="datetime-seconds" />
            {e.actor && ` · ${e.actor}`}
            {e.eventId && (
              <>
                {" · "}
                <Link href={`/events/${e.eventId}`} className="underline">
                  event {e.eventId}
                </Link>
              </>
            )}
          </div>
        </li>
      ))}
    </ol>
  );
}
