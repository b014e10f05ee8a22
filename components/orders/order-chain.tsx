import Link from "next/link";

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

function describe(e: ChainEvent): string {
  const d = e.details as Record<string, string | undefined>;
  const ccy = d.currency ? ` ${d.currency}` : "";
  switch (e.kind) {
    case "placed":
      return `amount ${d.amount}${ccy} at ${d.price}`;
    case "price_change":
      return `old price ${d.old_price} → new price ${d.new_price}; ${d.amount_remaining}${ccy} remaining`;
    case "confirmed":
      return `old price ${d.old_price} → new price ${d.new_price}; continues as ${d.new_id}`;
    case "partly_filled":
      return d.amount_filled
        ? `${d.amount_filled} of ${d.amount_requested}${ccy} filled`
        : d.remainder_id
          ? `amount ${d.amount_before} → ${d.amount_remaining} remaining, continues as ${d.remainder_id}`
          : `WiseAlpha says ${d.provider_state ?? "replaced"}`;
    case "filled":
      return `${d.amount_filled ?? "?"} of ${d.amount_requested ?? "?"}${ccy} filled${d.cash_received ? `; cash received ${d.cash_received}${ccy}` : ""}`;
    case "cancelled":
      return `${d.reason ?? "no reason given"}; ${d.amount_remaining ?? "?"}${ccy} remaining`;
    case "gone":
      return `found ${d.provider_state ?? "nothing"} at WiseAlpha during reconciliation`;
    default:
      return "";
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
          <div className="font-mono text-xs text-slate-500">
            {e.occurredAt.replace("T", " ").slice(0, 19)} UTC
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
