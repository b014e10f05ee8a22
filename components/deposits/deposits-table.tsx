"use client";

import Link from "next/link";

import { listTable } from "@/components/ui/data-table/list-table";
import { stateLinkColumn } from "@/components/ui/data-table/cells";
import type { DataTableColumn } from "@/components/ui/data-table/columns";
import { DateTime } from "@/components/ui/date-time";
import { useFormatPrefs } from "@/components/ui/format-provider";
import { Money } from "@/components/ui/money";
import { formatCalendarDay } from "@/lib/format/dates";
import type { DepositRowView } from "@/lib/deposits/find-deposits";

import { DepositStateBadge } from "./deposit-state-badge";

/** A calendar day, the same in every zone (stored as midnight UTC). */
function ValueDay({ value }: { value: string }) {
  const { locale } = useFormatPrefs();
  return <span className="text-xs whitespace-nowrap tabular-nums">{formatCalendarDay(value, locale) ?? value}</span>;
}

const COLUMNS: DataTableColumn<DepositRowView>[] = [
  stateLinkColumn<DepositRowView>(
    "deposit",
    (r) => `/deposits/${r.id}`,
    (r) => <DepositStateBadge state={r.state} />,
  ),
  {
    id: "amount",
    header: "Amount",
    meta: { numeric: true },
    cell: ({ row }) => (
      <Link href={`/deposits/${row.original.id}`} className="underline">
        <Money amount={row.original.amount} currency={row.original.currency} />
      </Link>
    ),
  },
  {
    id: "portfolio",
    header: "Portfolio",
    cell: ({ row }) => (
      <Link href={`/portfolios/${encodeURIComponent(row.original.portfolioRef)}`} className="font-mono text-xs underline">
        {row.original.portfolioRef}
      </Link>
    ),
  },
  { id: "value_date", header: "Value date", cell: ({ row }) => <ValueDay value={row.original.valueDate} /> },
  { id: "reference", header: "Bank reference", cell: ({ row }) => <span className="font-mono text-xs">{row.original.bankReference}</span> },
  { id: "recorded_by", header: "Recorded by", cell: ({ row }) => <span className="text-xs">{row.original.recordedBy}</span> },
  { id: "recorded", header: "Recorded", cell: ({ row }) => <DateTime value={row.original.createdAt} className="text-xs" /> },
];

/** The deposits list, newest first; a row opens the deposit. */
export const DepositsTable = listTable<DepositRowView>({
  label: "Deposits",
  columns: COLUMNS,
  empty: "No deposits match these filters.",
  testId: "deposits-table",
  rowTestId: "deposit-row",
  rowAttributes: (r) => ({ "data-deposit-id": r.id }),
  pagerNoun: "deposit(s)",
});
