"use client";

import type { DataTableColumn } from "@/components/ui/data-table/columns";
import { DataTable } from "@/components/ui/data-table/data-table";
import { DataTableError } from "@/components/ui/data-table/table-states";
import { DateTime } from "@/components/ui/date-time";
import { EnumText } from "@/components/ui/enum-text";
import { Money } from "@/components/ui/money";
import type { PortfolioTransactionRow, PortfolioTransactions } from "@/lib/portfolios/portfolio-detail";

import { Section } from "./section";

const COLUMNS: DataTableColumn<PortfolioTransactionRow>[] = [
  { id: "when", header: "When", cell: ({ row }) => <DateTime value={row.original.datetime} style="datetime-seconds" /> },
  { id: "type", header: "Kind", cell: ({ row }) => <EnumText value={row.original.type} /> },
  { id: "movement", header: "Movement", cell: ({ row }) => <EnumText value={row.original.movementType} /> },
  { id: "status", header: "Status", cell: ({ row }) => <EnumText value={row.original.status} /> },
  {
    id: "amount",
    header: "Amount / units",
    meta: { numeric: true },
    cell: ({ row: { original: t } }) =>
      t.quantity === null ? (
        "—"
      ) : t.currency ? (
        <Money amount={t.quantity} currency={t.currency} />
      ) : (
        <span className="tabular-nums" title={t.instrument ?? undefined}>
          {t.quantity} × <span className="font-mono text-xs">{t.instrument}</span>
        </span>
      ),
  },
  {
    id: "reference",
    header: "Reference",
    cell: ({ row: { original: t } }) => (
      <span className="font-mono text-xs" title={t.id}>
        {t.externalId ?? t.id}
      </span>
    ),
  },
];

/** The portfolio's transactions at InvestSuite (provider-apis.md §1.8), newest page first as InvestSuite lists them. */
export function TransactionsSection({ transactions }: { transactions: PortfolioTransactions }) {
  return (
    <Section title="Transactions" className="lg:col-span-2">
      {transactions.kind === "error" ? (
        <DataTableError message={`InvestSuite did not return the transactions: ${transactions.message}`} />
      ) : (
        <>
          <DataTable
            label="Transactions of this portfolio"
            columns={COLUMNS}
            data={transactions.rows}
            testId="portfolio-transactions"
            rowTestId="transaction-row"
            empty="InvestSuite has no transactions for this portfolio."
            toolbar={false}
          />
          {transactions.total > transactions.rows.length && (
            <p className="mt-2 text-xs text-slate-600">
              Showing {transactions.rows.length} of {transactions.total}.
            </p>
          )}
        </>
      )}
    </Section>
  );
}
