"use client";

import { moneyColumn } from "@/components/ui/data-table/cells";
import type { DataTableColumn } from "@/components/ui/data-table/columns";
import { DataTable } from "@/components/ui/data-table/data-table";
import type { DepthLevel } from "@/lib/orders/find-order-book";

const COLUMNS: DataTableColumn<DepthLevel>[] = [
  { id: "price", header: "Price (% of par)", cell: ({ row }) => <span className="font-mono text-xs">{row.original.price}</span> },
  {
    id: "orders",
    header: "Orders",
    meta: { numeric: true },
    cell: ({ row: { original: l } }) => (
      <>
        {l.count}
        {l.confirmCount > 0 && <span className="text-amber-800"> ({l.confirmCount} to confirm)</span>}
      </>
    ),
  },
  moneyColumn<DepthLevel>("total", "Total amount", (r) => r.total),
];

/** The book by price level: bids (buys) best first beside offers (sells) best first. */
export function DepthTable({ levels }: { levels: DepthLevel[] }) {
  const side = (s: "BUY" | "SELL") => levels.filter((l) => l.side === s);
  return (
    <div className="grid gap-4 lg:grid-cols-2" data-testid="depth">
      {(["BUY", "SELL"] as const).map((s) => {
        const title = s === "BUY" ? "Buy orders (bids)" : "Sell orders (offers)";
        return (
          <div key={s}>
            <h3 className="mb-1 text-xs font-semibold text-slate-700">{title}</h3>
            <DataTable
              label={title}
              columns={COLUMNS}
              data={side(s)}
              getRowId={(l) => `${l.price}-${l.currency}`}
              testId={`depth-${s.toLowerCase()}`}
              rowTestId="depth-level"
              empty="None."
              toolbar={false}
            />
          </div>
        );
      })}
      <p className="text-xs text-slate-600 lg:col-span-2">
        Amounts as WiseAlpha states them: for buys the money the order will spend, for sells the principal offered.
      </p>
    </div>
  );
}
