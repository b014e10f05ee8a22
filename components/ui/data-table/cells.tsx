import type { RowData } from "@tanstack/react-table";
import Link from "next/link";
import type { ReactNode } from "react";

import { DateTime } from "@/components/ui/date-time";
import { EnumText } from "@/components/ui/enum-text";
import { Money } from "@/components/ui/money";
import type { DateInput, DateStyle } from "@/lib/format/dates";

import type { DataTableColumn, DataTableColumnMeta } from "./columns";

/** What every builder below takes beyond its id and header. */
export type ColumnOptions<T> = {
  /** The field that sorts the column: an accessor is what makes a column sortable (client sorting compares its values). */
  sortKey?: keyof T & string;
  meta?: DataTableColumnMeta;
};

/**
 * The one column shape behind the builders: `render(row)` as the cell. Most columns of the back
 * office are this with a different way of showing the value; the builders below name those ways.
 */
export function column<T extends RowData>(
  id: string,
  header: string,
  render: (row: T) => ReactNode,
  { sortKey, meta }: ColumnOptions<T> = {},
): DataTableColumn<T> {
  return { id, ...(sortKey ? { accessorKey: sortKey } : {}), header, meta, cell: ({ row }) => render(row.original) };
}

/** A count or figure that is not money: right-aligned with the other numbers. */
export function numberColumn<T extends RowData>(
  id: string,
  header: string,
  value: (row: T) => ReactNode,
  options: ColumnOptions<T> = {},
): DataTableColumn<T> {
  return column(id, header, value, { ...options, meta: { numeric: true, ...options.meta } });
}

/** An identifier or code (reference, ISIN, customer number) in the small monospace type ids use everywhere. */
export function monoColumn<T extends RowData>(
  id: string,
  header: string,
  value: (row: T) => ReactNode,
  options?: ColumnOptions<T>,
): DataTableColumn<T> {
  return column(id, header, (r) => <span className="font-mono text-xs">{value(r)}</span>, options);
}

/** A moment in the person's zone ("—" when there is none). */
export function dateColumn<T extends RowData>(
  id: string,
  header: string,
  at: (row: T) => DateInput | null | undefined,
  { style, className, ...options }: ColumnOptions<T> & { style?: DateStyle; className?: string } = {},
): DataTableColumn<T> {
  return column(id, header, (r) => <DateTime value={at(r)} style={style} className={className} />, options);
}

/** A provider's enum value in words (raw value on hover). */
export function enumColumn<T extends RowData>(
  id: string,
  header: string,
  value: (row: T) => string | null | undefined,
  { words, ...options }: ColumnOptions<T> & { words?: Readonly<Record<string, string>> } = {},
): DataTableColumn<T> {
  return column(id, header, (r) => <EnumText value={value(r)} words={words} />, options);
}

/** The row's name or reference as the link to its page: `link(row)` gives both. */
export function linkColumn<T extends RowData>(
  id: string,
  header: string,
  link: (row: T) => { href: string; label: ReactNode },
  { className = "underline", ...options }: ColumnOptions<T> & { className?: string } = {},
): DataTableColumn<T> {
  return column(
    id,
    header,
    (r) => {
      const { href, label } = link(r);
      return (
        <Link className={className} href={href}>
          {label}
        </Link>
      );
    },
    options,
  );
}

/** Columns only some people see (a role's row actions): spread into the list, `...columnsIf(canAct, actions)`. */
export function columnsIf<T extends RowData>(show: boolean, ...columns: DataTableColumn<T>[]): DataTableColumn<T>[] {
  return show ? columns : [];
}

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
  return numberColumn<T>(id, header, (r) => <Money amount={amount(r)} currency={r.currency} />);
}

/** The row's `amount` in its currency. */
export function amountColumn<T extends { amount: string; currency: string }>(header = "Amount"): DataTableColumn<T> {
  return moneyColumn<T>("amount", header, (r) => r.amount);
}

/** When a log line's event happened, to the second, in the person's zone. */
export function momentColumn<T extends RowData>(id: string, header: string, at: (row: T) => DateInput | null): DataTableColumn<T> {
  return dateColumn<T>(id, header, at, { style: "datetime-seconds", className: "text-xs" });
}
