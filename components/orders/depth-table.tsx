import type { DepthLevel } from "@/lib/orders/find-order-book";

/** The book by price level: bids (buys) best first beside offers (sells) best first. */
export function DepthTable({ levels }: { levels: DepthLevel[] }) {
  const side = (s: "BUY" | "SELL") => levels.filter((l) => l.side === s);
  return (
    <div className="grid gap-4 md:grid-cols-2" data-testid="depth">
      {(["BUY", "SELL"] as const).map((s) => (
        <div key={s}>
          <h3 className="mb-1 text-xs font-semibold text-slate-600 uppercase">
            {s === "BUY" ? "Buy orders (bids)" : "Sell orders (offers)"}
          </h3>
          {side(s).length === 0 ? (
            <p className="text-sm text-slate-600">None.</p>
          ) : (
            <table className="w-full text-left text-sm" data-testid={`depth-${s.toLowerCase()}`}>
              <thead className="text-xs text-slate-600">
                <tr>
                  <th className="py-1">Price (% of par)</th>
                  <th className="py-1 text-right">Orders</th>
                  <th className="py-1 text-right">Total amount</th>
                </tr>
              </thead>
              <tbody>
                {side(s).map((l) => (
                  <tr key={`${l.price}-${l.currency}`} className="border-t border-slate-100" data-testid="depth-level">
                    <td className="py-1 font-mono text-xs">{l.price}</td>
                    <td className="py-1 text-right font-mono text-xs">
                      {l.count}
                      {l.confirmCount > 0 && <span className="text-amber-700"> ({l.confirmCount} to confirm)</span>}
                    </td>
                    <td className="py-1 text-right font-mono text-xs tabular-nums">
                      {l.total} {l.currency}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      ))}
      <p className="text-xs text-slate-600 md:col-span-2">
        Amounts as WiseAlpha states them: for buys the money the order will spend, for sells the principal offered.
      </p>
    </div>
  );
}
