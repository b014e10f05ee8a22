"use client";

import Link from "next/link";

import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table/data-table";
import type { DataTableColumn } from "@/components/ui/data-table/columns";
import { DateTime } from "@/components/ui/date-time";

type Row = { customerRef: string; scope: string; connectedAt: string; refreshedAt: string | null; lapsed: boolean };

const columns: DataTableColumn<Row>[] = [
  {
    id: "customer",
    accessorKey: "customerRef",
    header: "Customer",
    cell: ({ row }) => (
      <Link className="underline" href={`/orders/customers/${row.original.customerRef}`}>
        {row.original.customerRef}
      </Link>
    ),
  },
  { id: "scope", header: "Scopes granted", cell: ({ row }) => row.original.scope },
  {
    id: "status",
    header: "Status",
    cell: ({ row }) => <Badge tone={row.original.lapsed ? "warn" : "good"}>{row.original.lapsed ? "lapsed" : "connected"}</Badge>,
  },
  { id: "connectedAt", accessorKey: "connectedAt", header: "Connected", cell: ({ row }) => <DateTime value={row.original.connectedAt} /> },
  { id: "refreshedAt", header: "Token refreshed", cell: ({ row }) => <DateTime value={row.original.refreshedAt} /> },
];

export function OAuthConnectionsTable({ rows }: { rows: Row[] }) {
  return (
    <DataTable
      label="OAuth connections"
      columns={columns}
      data={rows}
      getRowId={(r) => r.customerRef}
      sorting="client"
      empty="No customer has connected with OAuth yet."
      testId="oauth-connections"
      rowTestId="oauth-connection-row"
    />
  );
}
