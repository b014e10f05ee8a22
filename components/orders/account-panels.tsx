import type { CustomerAccounts } from "@/lib/orders/customer-view";

/** Per investment account: uninvested cash, the open holdings summary per currency, and the holdings. */
export function AccountPanels({ accounts }: { accounts: CustomerAccounts["accounts"] }) {
  if (accounts.length === 0)
    return <p className="text-sm text-slate-600">No investment account yet (WiseAlpha opens one when the customer can invest).</p>;
  return (
    <div className="grid gap-4 md:grid-cols-2">
      {accounts.map((a) => (
        <div key={a.id} className="rounded-md border border-slate-200 p-3 text-sm" data-testid="account-panel">
          <h3 className="mb-2 font-mono text-xs font-semibold">
            {a.id} · {a.type}
          </h3>
          <p className="text-xs text-slate-600">Uninvested cash</p>
          <ul className="mb-2 font-mono text-xs" data-testid="balances">
            {a.balances.map((b) => (
              <li key={b.currency}>
                {b.amount} {b.currency}
              </li>
            ))}
          </ul>
          <p className="text-xs text-slate-600">Holdings (open)</p>
          <ul className="mb-2 font-mono text-xs">
            {a.summaries.map((s) => (
              <li key={s.currency}>
                {s.positions} position(s) · principal {s.principal} {s.currency} · value {s.value} {s.currency} · accrued interest{" "}
                {s.interestAccrued} {s.currency}
              </li>
            ))}
          </ul>
          {a.holdings.length > 0 && (
            <table className="w-full text-left text-xs">
              <thead className="text-slate-600">
                <tr>
                  <th>Product</th>
                  <th className="text-right">Principal</th>
                  <th className="text-right">Value</th>
                </tr>
              </thead>
              <tbody className="font-mono">
                {a.holdings.map((h) => (
                  <tr key={h.productId} className="border-t border-slate-100">
                    <td>{h.productId}</td>
                    <td className="text-right">
                      {h.principal} {h.currency}
                    </td>
                    <td className="text-right">
                      {h.value} {h.currency}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      ))}
    </div>
  );
}
