"use client";

import { Money } from "@/components/ui/money";
import { totalsByCurrency } from "@/lib/format/money";
import type { Payee } from "@/lib/withdrawals/payee";

export type PayeeLine = { id: string; amountValue: string | null; currency: string; payee: Payee | null };

/** Who is paid, where and how much, then the total per currency: what an approver confirms. */
export function PayeeList({ lines, loading }: { lines: PayeeLine[]; loading: boolean }) {
  const totals = totalsByCurrency(
    lines.filter((l) => l.amountValue !== null).map((l) => ({ amount: l.amountValue!, currency: l.currency })),
  );
  return (
    <div className="flex flex-col gap-3">
      <ul
        className="divide-y divide-slate-200 rounded-md border border-slate-200"
        data-testid="payee-list"
        aria-busy={loading || undefined}
      >
        {lines.map((l) => (
          <li
            key={l.id}
            className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 p-2"
            data-testid="payee"
            data-withdrawal-id={l.id}
          >
            <span className="flex flex-col">
              <span className="font-medium" data-testid="payee-name">
                {l.payee ? (l.payee.name ?? "Name not given by the provider") : loading ? "Loading payee…" : "—"}
              </span>
              <span className="font-mono text-xs text-slate-700" data-testid="payee-account">
                {l.payee?.error ? (
                  <span className="text-red-800">{l.payee.error}</span>
                ) : (
                  (l.payee?.destination ?? (loading ? "" : "No account given"))
                )}
              </span>
            </span>
            {l.amountValue === null ? "—" : <Money amount={l.amountValue} currency={l.currency} className="font-medium" />}
          </li>
        ))}
      </ul>
      <dl className="flex flex-col gap-1" data-testid="currency-totals" aria-label="Total per currency">
        {totals.map((t) => (
          <div key={t.currency} className="flex justify-between gap-4" data-testid="currency-total" data-currency={t.currency}>
            <dt>
              Total {t.currency} ({t.count} request{t.count === 1 ? "" : "s"}
              {t.fullBalances > 0 && `, ${t.fullBalances} for the full balance`})
            </dt>
            <dd className="font-semibold">
              <Money amount={t.total} currency={t.currency} />
              {t.fullBalances > 0 && " + full balance(s)"}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
