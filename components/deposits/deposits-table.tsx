"use client";

import { listTable } from "@/components/ui/data-table/list-table";
import { column, dateColumn, linkColumn, monoColumn, stateLinkColumn } from "@/components/ui/data-table/cells";
import type { DataTableColumn } from "@/components/ui/data-table/columns";
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
  linkColumn("amount", "Amount", (r) => ({ href: `/deposits/${r.id}`, label: <Money amount={r.amount} currency={r.currency} /> }), {
    meta: { numeric: true },
  }),
  linkColumn("portfolio", "Portfolio", (r) => ({ href: `/portfolios/${encodeURIComponent(r.portfolioRef)}`, label: r.portfolioRef }), {
    className: "font-mono text-xs underline",
  }),
  column("value_date", "Value date", (r) => <ValueDay value={r.valueDate} />),
  monoColumn("reference", "Bank reference", (r) => r.bankReference),
  column("recorded_by", "Recorded by", (r) => <span className="text-xs">{r.recordedBy}</span>),
  dateColumn("recorded", "Recorded", (r) => r.createdAt, { className: "text-xs" }),
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
