"use client";

import Link from "next/link";

import type { DataTableColumn } from "@/components/ui/data-table/columns";
import { DataTable } from "@/components/ui/data-table/data-table";
import { DataTablePager } from "@/components/ui/data-table/data-table-pager";
import { DateTime } from "@/components/ui/date-time";
import { EnumText } from "@/components/ui/enum-text";
import type { InvestSuiteUserRow } from "@/lib/portfolios/investsuite-users";

const COLUMNS: DataTableColumn<InvestSuiteUserRow>[] = [
  {
    id: "name",
    header: "Name",
    cell: ({ row: { original: u } }) => (
      <Link href={`/portfolios/users/${u.id}`} className="underline">
        {u.name ?? "(no name)"}
      </Link>
    ),
  },
  { id: "email", header: "E-mail", cell: ({ row }) => row.original.email ?? "—" },
  {
    id: "external",
    header: "Bank customer no.",
    cell: ({ row }) => <span className="font-mono text-xs">{row.original.externalId ?? "—"}</span>,
  },
  { id: "status", header: "Status", cell: ({ row }) => <EnumText value={row.original.status} /> },
  { id: "id", header: "InvestSuite id", cell: ({ row }) => <span className="font-mono text-xs">{row.original.id}</span> },
  { id: "created", header: "Created", cell: ({ row }) => <DateTime value={row.original.createdAt} /> },
];

export function InvestSuiteUsersTable({ rows, total }: { rows: InvestSuiteUserRow[]; total: number }) {
  return (
    <DataTable
      label="InvestSuite users"
      columns={COLUMNS}
      data={rows}
      testId="investsuite-users"
      rowTestId="investsuite-user-row"
      empty="No InvestSuite user matches this search."
      footer={<DataTablePager mode="offset" total={total} noun="user(s)" />}
    />
  );
}
