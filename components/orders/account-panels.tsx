"use client";

import Link from "next/link";

import { moneyColumn } from "@/components/ui/data-table/cells";
import type { DataTableColumn } from "@/components/ui/data-table/columns";
import { DataTable } from "@/components/ui/data-table/data-table";
import { EnumText } from "@/components/ui/enum-text";
import { Money } from "@/components/ui/money";
import type { CustomerAccounts } from "@/lib/orders/customer-view";

type Holding = CustomerAccounts["accounts"][number]["holdings"][number];

const HOLDING_COLUMNS: DataTableColumn<Holding>[] = [
  {
    id: "product",
    header: "Product",
    meta: { className: "font-mono text-xs" },
    cell: ({ row }) => (
      <Link href={`/orders/products/${encodeURIComponent(row.original.productId)}`} className="underline">
        {row.original.productId}
      </Link>
    ),
  },
  moneyColumn<Holding>("principal", "Principal", (r) => r.principal),
  moneyColumn<Holding>("value", "Value", (r) => r.value),
];

/** Per investment account: uninvested cash, the open holdings summary per currency, and the holdings. */
export function AccountPanels({ accounts }: { accounts: CustomerAccounts["accounts"] }) {
  if (accounts.length === 0)
    return <p className="text-sm text-slate-600">No investment account yet (WiseAlpha opens one when the customer can invest).</p>;
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      {accounts.map((a) => (
        <div key={a.id} className="rounded-md border border-slate-200 p-3 text-sm" data-testid="account-panel">
          <h3 className="mb-2 text-sm font-semibold">
            <span className="font-mono">{a.id}</span> · <EnumText value={a.type} />
          </h3>
          <p className="text-xs text-slate-600">Uninvested cash</p>
          <ul className="mb-2 text-sm" data-testid="balances">
            {a.balances.map((b) => (
              <li key={b.currency}>
                <Money amount={b.amount} currency={b.currency} />
              </li>
            ))}
          </ul>
          <p className="text-xs text-slate-600">Holdings (open)</p>
          <ul className="mb-2 text-sm">
            {a.summaries.map((s) => (
              <li key={s.currency}>
                {s.positions} position(s) · principal <Money amount={s.principal} currency={s.currency} /> · value{" "}
                <Money amount={s.value} currency={s.currency} /> · accrued interest{" "}
                <Money amount={s.interestAccrued} currency={s.currency} />
              </li>
            ))}
          </ul>
          {a.holdings.length > 0 && (
            <DataTable
              label={`Holdings of account ${a.id}`}
              columns={HOLDING_COLUMNS}
              data={a.holdings}
              getRowId={(h) => h.productId}
              toolbar={false}
            />
          )}
        </div>
      ))}
    </div>
  );
}
