"use client";

import { DataTable } from "@/components/ui/data-table/data-table";
import { DataTablePager } from "@/components/ui/data-table/data-table-pager";
import { amountColumn, moneyColumn } from "@/components/ui/data-table/cells";
import type { DataTableColumn } from "@/components/ui/data-table/columns";
import { DateTime } from "@/components/ui/date-time";
import type { LedgerRow } from "@/lib/wisealpha-accounts/ledger";

const columns: DataTableColumn<LedgerRow>[] = [
  { id: "created", header: "When", cell: ({ row }) => <DateTime value={row.original.created} /> },
  { id: "type", header: "Type", cell: ({ row }) => row.original.type },
  { id: "description", header: "Description", cell: ({ row }) => row.original.description },
  amountColumn<LedgerRow>(),
  moneyColumn<LedgerRow>("balance", "Balance after", (r) => r.balance),
  { id: "reference", header: "Reference", cell: ({ row }) => <span className="font-mono text-xs">{row.original.reference}</span> },
];

/** The account's cash ledger: one page of WiseAlpha's transactions, newest first. */
export function LedgerTable({ rows, total, error }: { rows: LedgerRow[]; total: number; error?: { message: string; retryHref: string } }) {
  return (
    <DataTable
      label="Account ledger"
      columns={columns}
      data={rows}
      getRowId={(r) => r.reference}
      empty="No transactions match these filters."
      error={error}
      testId="ledger-table"
      rowTestId="ledger-row"
      rowAttributes={(r) => ({ "data-reference": r.reference, "data-type": r.type })}
      footer={<DataTablePager mode="offset" total={total} noun="transaction(s)" />}
    />
  );
}
