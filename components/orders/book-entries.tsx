import Link from "next/link";

import type { BookEntryView } from "@/lib/orders/find-order-book";

import { OrderActions } from "./order-actions";
import { OrderStateBadge } from "./order-state-badge";

const when = (iso: string) => iso.replace("T", " ").slice(0, 19);

type Selection = { selected: ReadonlySet<string>; toggle: (id: string, on: boolean) => void };

/** Orders one by one: per product (customer column) or per customer (product column); actions only for roles that may trade. */
export function BookEntries({
  orders,
  canTrade,
  showProduct = false,
  selection,
}: {
  orders: BookEntryView[];
  canTrade: boolean;
  showProduct?: boolean;
  /** Only from a client component (the customer's bulk cancel). */
  selection?: Selection;
}) {
  if (orders.length === 0) return <p className="text-sm text-slate-600">No open orders.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm" data-testid="book-entries">
        <thead className="border-b border-slate-200 text-xs text-slate-600 uppercase">
          <tr>
            {selection && <th className="px-2 py-2">Select</th>}
            <th className="px-2 py-2">Side</th>
            <th className="px-2 py-2">State</th>
            <th className="px-2 py-2">Id / original</th>
            {showProduct ? <th className="px-2 py-2">Product</th> : <th className="px-2 py-2">Customer / account</th>}
            <th className="px-2 py-2">Type</th>
            <th className="px-2 py-2 text-right">Amount</th>
            <th className="px-2 py-2 text-right">Principal</th>
            <th className="px-2 py-2 text-right">Price (% of par)</th>
            <th className="px-2 py-2">Created (UTC)</th>
            {canTrade && <th className="px-2 py-2">Actions</th>}
          </tr>
        </thead>
        <tbody>
          {orders.map((o) => (
            <tr
              key={o.id}
              className="border-b border-slate-100 align-top last:border-0"
              data-testid="order-row"
              data-order-id={o.id}
              data-original-id={o.originalId}
            >
              {selection && (
                <td className="px-2 py-2">
                  <input
                    type="checkbox"
                    aria-label={`Select order ${o.id}`}
                    checked={selection.selected.has(o.id)}
                    onChange={(e) => selection.toggle(o.id, e.target.checked)}
                  />
                </td>
              )}
              <td className="px-2 py-2 text-xs">{o.side === "BUY" ? "buy" : "sell"}</td>
              <td className="px-2 py-2">
                <OrderStateBadge state={o.state} />
              </td>
              <td className="px-2 py-2 font-mono text-xs">
                {o.id}
                <div>
                  <Link
                    href={`/orders/history/${encodeURIComponent(o.originalId)}`}
                    className="text-slate-600 underline"
                    aria-label={`History of ${o.originalId}`}
                  >
                    {o.originalId}
                  </Link>
                </div>
              </td>
              {showProduct ? (
                <td className="px-2 py-2 font-mono text-xs">
                  <Link href={`/orders/products/${encodeURIComponent(o.productId)}`} className="underline">
                    {o.productId}
                  </Link>
                </td>
              ) : (
                <td className="px-2 py-2 font-mono text-xs">
                  <Link href={`/orders/customers/${encodeURIComponent(o.customerRef)}`} className="underline">
                    {o.customerRef}
                  </Link>
                  <div className="text-slate-600">{o.accountRef}</div>
                </td>
              )}
              <td className="px-2 py-2 text-xs">{o.orderType ?? "—"}</td>
              <td className="px-2 py-2 text-right font-mono text-xs tabular-nums">
                {o.amount} {o.currency}
              </td>
              <td className="px-2 py-2 text-right font-mono text-xs tabular-nums">{o.principal ? `${o.principal} ${o.currency}` : "—"}</td>
              <td className="px-2 py-2 text-right font-mono text-xs" data-testid="order-price">
                {o.state === "CONFIRM" ? (
                  <>
                    <span className="line-through" title="old price">
                      {o.price}
                    </span>{" "}
                    → <span title="new price">{o.newPrice ?? "?"}</span>
                  </>
                ) : (
                  o.price
                )}
              </td>
              <td className="px-2 py-2 font-mono text-xs whitespace-nowrap">{when(o.providerCreatedAt)}</td>
              {canTrade && (
                <td className="px-2 py-2">
                  <OrderActions order={o} />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
