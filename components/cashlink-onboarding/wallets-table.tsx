"use client";

import type { DataTableColumn } from "@/components/ui/data-table/columns";
import { DataTable } from "@/components/ui/data-table/data-table";
import { DateTime } from "@/components/ui/date-time";
import type { CashlinkWalletView } from "@/lib/providers/cashlink/transform";

const TYPE_WORDS: Record<string, string> = { "eth-generic": "Generic (external)", "eth-managed": "Managed by Cashlink" };

const COLUMNS: DataTableColumn<CashlinkWalletView>[] = [
  { id: "type", header: "Type", cell: ({ row }) => TYPE_WORDS[row.original.type] ?? row.original.type },
  { id: "address", header: "Address", meta: { className: "font-mono text-xs break-all" }, cell: ({ row }) => row.original.address ?? "—" },
  { id: "receiving", header: "Receiving", cell: ({ row }) => (row.original.receivingEnabled ? "Enabled" : "Disabled") },
  { id: "created", header: "Added", cell: ({ row }) => <DateTime value={row.original.createdAt} /> },
];

export function WalletsTable({ rows }: { rows: CashlinkWalletView[] }) {
  return (
    <DataTable
      label="Wallets"
      columns={COLUMNS}
      data={rows}
      testId="wallets-table"
      rowTestId="wallet-row"
      empty="No wallet yet. An investment is delivered to a wallet, so add one before delivery."
    />
  );
}
