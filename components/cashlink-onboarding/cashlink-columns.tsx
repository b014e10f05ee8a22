"use client";

import type { RowData } from "@tanstack/react-table";

import { column, numberColumn } from "@/components/ui/data-table/cells";
import type { DataTableColumn } from "@/components/ui/data-table/columns";
import { Money } from "@/components/ui/money";
import type { CashlinkAmount } from "@/lib/providers/cashlink/transform";

/** Cashlink's ids are UUIDs: the first eight characters tell rows apart, the whole id is on hover. */
export const shortId = (id: string) => `${id.slice(0, 8)}…`;

/** A Cashlink id in a list: shortened, the whole id on hover. */
export function shortIdColumn<T extends RowData>(id: string, header: string, value: (row: T) => string): DataTableColumn<T> {
  return column(id, header, (r) => <span title={value(r)}>{shortId(value(r))}</span>, { meta: { className: "font-mono text-xs" } });
}

/** What an invitation or investment is for: its amount, or its units where Cashlink states no amount. */
export function amountOrUnitsColumn<T extends { amount: CashlinkAmount | null; units: number }>(): DataTableColumn<T> {
  return numberColumn<T>("amount", "Amount", (r) =>
    r.amount ? <Money amount={r.amount.amount} currency={r.amount.currency} /> : `${r.units} units`,
  );
}
