import type { RowData } from "@tanstack/react-table";
import Link from "next/link";
import type { ReactNode } from "react";

import { DateTime } from "@/components/ui/date-time";
import { Money } from "@/components/ui/money";
import type { DateInput } from "@/lib/format/dates";

import type { DataTableColumn } from "./columns";

/**
 * A queue's first column: the record's state badge as the link to its page, named for screen
 * readers by what it opens ("Open deposit 42"), since the badge alone says only the state.
 */
export function stateLinkColumn<T extends { id: string }>(
  noun: string,
  href: (row: T) => string,
  badge: (row: T) => ReactNode,
): DataTableColumn<T> {
  return {
    id: "state",
    header: "State",
    cell: ({ row }) => (
      <Link href={href(row.original)} className="underline-offset-2 hover:underline" aria-label={`Open ${noun} ${row.original.id}`}>
        {badge(row.original)}
      </Link>
    ),
  };
}

/** A money column: the row's `amount(row)` in the row's currency, right-aligned with the other numbers. */
export function moneyColumn<T extends { currency: string }>(id: string, header: string, amount: (row: T) => string): DataTableColumn<T> {
  return {
    id,
    header,
    meta: { numeric: true },
    cell: ({ row }) => <Money amount={amount(row.original)} currency={row.original.currency} />,
  };
}

/** The row's `amount` in its currency. */
export function amountColumn<T extends { amount: string; currency: string }>(header = "Amount"): DataTableColumn<T> {
  return moneyColumn<T>("amount", header, (r) => r.amount);
}

/** When a log line's event happened, to the second, in the person's zone. */
export function momentColumn<T extends RowData>(id: string, header: string, at: (row: T) => DateInput | null): DataTableColumn<T> {
  return { id, header, cell: ({ row }) => <DateTime value={at(row.original)} style="datetime-seconds" className="text-xs" /> };
}
