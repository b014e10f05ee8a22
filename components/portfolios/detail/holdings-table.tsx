"use client";

import type { DataTableColumn } from "@/components/ui/data-table/columns";
import { listTable } from "@/components/ui/data-table/list-table";
import { Money } from "@/components/ui/money";
import type { HoldingRow } from "@/lib/portfolios/portfolio-detail";

import { Section } from "./section";

const COLUMNS: DataTableColumn<HoldingRow>[] = [
  {
    id: "position",
    header: "Position",
    meta: { className: "font-mono text-xs" },
    cell: ({ row: { original: h } }) => (h.kind === "cash" ? `Cash ${h.currency}` : h.isin),
  },
  {
    id: "kind",
    header: "Kind",
    meta: { className: "text-xs text-slate-700" },
    cell: ({ row }) => (row.original.kind === "cash" ? "Cash" : "Instrument (ISIN)"),
  },
  {
    id: "amount",
    header: "Amount / quantity",
    meta: { numeric: true },
    cell: ({ row: { original: h } }) =>
      h.kind === "cash" ? (
        // The code after the figure, as InvestSuite names the position (a symbol would hide which dollar).
        <>
          <Money amount={h.amount} currency={h.currency} display="none" /> <span className="text-slate-600">{h.currency}</span>
        </>
      ) : (
        <>
          {h.quantity} <span className="text-slate-600">units</span>
        </>
      ),
  },
];

const HoldingsList = listTable<HoldingRow>({
  label: "Holdings",
  columns: COLUMNS,
  getRowId: (h) => h.key,
  testId: "holdings",
  rowTestId: "holding-row",
  empty: "InvestSuite reports no holdings for this portfolio.",
  toolbar: false,
});

/** Seed 002 holdings: `$CCY` keys are cash in that currency, ISIN keys are instrument quantities. */
export function HoldingsTable({ holdings }: { holdings: HoldingRow[] }) {
  return (
    <Section title="Holdings" className="lg:col-span-2">
      <HoldingsList rows={holdings} />
    </Section>
  );
}
