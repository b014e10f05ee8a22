"use client";

import Link from "next/link";

import type { DataTableColumn } from "@/components/ui/data-table/columns";
import { DataTable } from "@/components/ui/data-table/data-table";
import { DateTime } from "@/components/ui/date-time";
import { EnumText } from "@/components/ui/enum-text";
import type { UserPortfolioRow } from "@/lib/portfolios/investsuite-users";

const COLUMNS: DataTableColumn<UserPortfolioRow>[] = [
  {
    id: "name",
    header: "Portfolio",
    cell: ({ row: { original: p } }) => (
      <Link href={`/portfolios/${p.id}`} className="underline">
        {p.name}
      </Link>
    ),
  },
  {
    id: "status",
    header: "Status",
    cell: ({ row: { original: p } }) => (p.deleted ? "Closed" : <EnumText value={p.status} />),
  },
  { id: "money", header: "Money type", cell: ({ row }) => <EnumText value={row.original.moneyType} /> },
  { id: "manager", header: "Manager", cell: ({ row }) => <EnumText value={row.original.manager} /> },
  { id: "currency", header: "Currency", cell: ({ row }) => row.original.baseCurrency },
  { id: "version", header: "Version", meta: { numeric: true }, cell: ({ row }) => row.original.version },
  { id: "created", header: "Created", cell: ({ row }) => <DateTime value={row.original.createdAt} /> },
];

export function UserPortfoliosTable({ rows }: { rows: UserPortfolioRow[] }) {
  return (
    <DataTable
      label="Portfolios of this user"
      columns={COLUMNS}
      data={rows}
      testId="user-portfolios"
      rowTestId="user-portfolio-row"
      empty="This user has no portfolio yet."
      toolbar={false}
    />
  );
}
