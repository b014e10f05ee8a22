"use client";

import Link from "next/link";

import { Badge } from "@/components/ui/badge";
import type { DataTableColumn } from "@/components/ui/data-table/columns";
import { DataTable } from "@/components/ui/data-table/data-table";
import { DataTablePager } from "@/components/ui/data-table/data-table-pager";
import { DateTime } from "@/components/ui/date-time";
import type { CashlinkInvestorView } from "@/lib/providers/cashlink/transform";

const COLUMNS: DataTableColumn<CashlinkInvestorView>[] = [
  {
    id: "name",
    header: "Investor",
    cell: ({ row: { original: i } }) => (
      <Link className="underline" href={`/onboarding/cashlink-investors/${encodeURIComponent(i.id)}`}>
        {i.name}
      </Link>
    ),
  },
  { id: "email", header: "E-mail", cell: ({ row }) => row.original.email ?? "—" },
  { id: "kind", header: "Kind", cell: ({ row }) => (row.original.kind === "natural" ? "Natural person" : "Legal person") },
  {
    id: "kyc",
    header: "Identified",
    cell: ({ row }) => (row.original.isIdentified ? <Badge tone="good">Identified</Badge> : <Badge tone="warn">Not identified</Badge>),
  },
  { id: "created", header: "Created", cell: ({ row }) => <DateTime value={row.original.createdAt} /> },
];

export function InvestorsTable({ rows, total }: { rows: CashlinkInvestorView[]; total: number }) {
  return (
    <DataTable
      label="Cashlink investors"
      columns={COLUMNS}
      data={rows}
      testId="cashlink-investors-table"
      rowTestId="cashlink-investor-row"
      rowAttributes={(i) => ({ "data-investor-id": i.id })}
      empty="No investors at Cashlink yet."
      footer={<DataTablePager mode="offset" total={total} noun="investor(s)" />}
    />
  );
}

export type { CashlinkInvestorView };
