"use client";

import { Badge } from "@/components/ui/badge";
import { column, dateColumn, linkColumn } from "@/components/ui/data-table/cells";
import type { DataTableColumn } from "@/components/ui/data-table/columns";
import { listTable } from "@/components/ui/data-table/list-table";

type Row = { customerRef: string; scope: string; connectedAt: string; refreshedAt: string | null; lapsed: boolean };

const columns: DataTableColumn<Row>[] = [
  linkColumn("customer", "Customer", (r) => ({ href: `/orders/customers/${r.customerRef}`, label: r.customerRef }), {
    sortKey: "customerRef",
  }),
  column("scope", "Scopes granted", (r) => r.scope),
  column("status", "Status", (r) => <Badge tone={r.lapsed ? "warn" : "good"}>{r.lapsed ? "lapsed" : "connected"}</Badge>),
  dateColumn("connectedAt", "Connected", (r) => r.connectedAt, { sortKey: "connectedAt" }),
  dateColumn("refreshedAt", "Token refreshed", (r) => r.refreshedAt),
];

export const OAuthConnectionsTable = listTable<Row>({
  label: "OAuth connections",
  columns,
  getRowId: (r) => r.customerRef,
  sorting: "client",
  empty: "No customer has connected with OAuth yet.",
  testId: "oauth-connections",
  rowTestId: "oauth-connection-row",
});
