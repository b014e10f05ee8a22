"use client";

import { DataTable } from "@/components/ui/data-table/data-table";
import type { DataTableColumn } from "@/components/ui/data-table/columns";
import { EnumText } from "@/components/ui/enum-text";
import { Money } from "@/components/ui/money";
import type { RobowisePortfolio } from "@/lib/wisealpha-accounts/robowise-view";

type Row = RobowisePortfolio["allocation"][number];

/** Robowise's ideal holdings: what it wants, holds and still plans to buy (negative: sell), per bond. */
export function AllocationTable({ rows, currency }: { rows: Row[]; currency: string }) {
  const money = (value: string) => <Money amount={value} currency={currency} />;
  const columns: DataTableColumn<Row>[] = [
    { id: "productId", accessorKey: "productId", header: "Bond", cell: ({ row }) => row.original.productId },
    { id: "company", accessorKey: "company", header: "Company", cell: ({ row }) => row.original.company },
    { id: "industry", header: "Industry", cell: ({ row }) => <EnumText value={row.original.industry} /> },
    { id: "share", accessorKey: "share", header: "Target share", meta: { numeric: true }, cell: ({ row }) => `${row.original.share}%` },
    { id: "wanted", header: "Wanted", meta: { numeric: true }, cell: ({ row }) => money(row.original.wanted) },
    { id: "held", header: "Held", meta: { numeric: true }, cell: ({ row }) => money(row.original.held) },
    { id: "toAcquire", header: "To buy", meta: { numeric: true }, cell: ({ row }) => money(row.original.toAcquire) },
    { id: "reason", header: "Why", cell: ({ row }) => row.original.reason },
  ];
  return (
    <DataTable
      label="Robowise allocation"
      columns={columns}
      data={rows}
      getRowId={(r) => r.productId}
      sorting="client"
      empty="Robowise has no candidate bonds for this profile."
      testId="allocation-table"
      rowTestId="allocation-row"
    />
  );
}
