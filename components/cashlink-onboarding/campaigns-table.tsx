"use client";

import type { DataTableColumn } from "@/components/ui/data-table/columns";
import { DataTable } from "@/components/ui/data-table/data-table";
import { Money } from "@/components/ui/money";
import type { CashlinkCampaignView } from "@/lib/providers/cashlink/transform";

const COLUMNS: DataTableColumn<CashlinkCampaignView>[] = [
  { id: "name", accessorKey: "name", header: "Campaign", cell: ({ row }) => row.original.name },
  {
    id: "id",
    header: "Id",
    meta: { className: "font-mono text-xs" },
    cell: ({ row }) => row.original.id,
  },
  {
    id: "product",
    header: "Product",
    meta: { className: "font-mono text-xs" },
    cell: ({ row }) => row.original.productId ?? "—",
  },
  {
    id: "unitPrice",
    header: "Unit price",
    meta: { numeric: true },
    cell: ({ row: { original: c } }) => (c.unitPrice ? <Money amount={c.unitPrice.amount} currency={c.unitPrice.currency} /> : "—"),
  },
  {
    id: "units",
    header: "Units per investment",
    meta: { numeric: true },
    cell: ({ row: { original: c } }) => `${c.minUnits ?? "?"} – ${c.maxUnits ?? "?"}`,
  },
];

/** Cashlink's campaigns: read-only through the API (set up by Cashlink), all of them. */
export function CampaignsTable({ rows }: { rows: CashlinkCampaignView[] }) {
  return (
    <DataTable
      label="Cashlink campaigns"
      columns={COLUMNS}
      data={rows}
      sorting="client"
      testId="campaigns-table"
      rowTestId="campaign-row"
      rowAttributes={(c) => ({ "data-campaign-id": c.id })}
      empty="Cashlink lists no campaign for our account."
    />
  );
}
