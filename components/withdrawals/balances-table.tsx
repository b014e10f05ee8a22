"use client";

import type { DataTableColumn } from "@/components/ui/data-table/columns";
import { DataTable } from "@/components/ui/data-table/data-table";

type Balance = { currency: string; amount: string };

const COLUMNS: DataTableColumn<Balance>[] = [
  { id: "currency", header: "Currency", cell: ({ row }) => row.original.currency },
  {
    id: "cash",
    header: "Uninvested cash",
    meta: { numeric: true },
    cell: ({ row }) => (
      <span className="font-mono" data-testid={`provider-balance-${row.original.currency}`}>
        {row.original.amount}
      </span>
    ),
  },
];

/** A WiseAlpha account's uninvested cash per currency, as the provider states it. */
export function BalancesTable({ balances }: { balances: Balance[] }) {
  return (
    <DataTable
      label="Account balance"
      columns={COLUMNS}
      data={balances}
      getRowId={(b) => b.currency}
      empty="No balances."
      toolbar={false}
    />
  );
}
