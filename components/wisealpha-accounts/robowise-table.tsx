"use client";

import Link from "next/link";

import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table/data-table";
import type { DataTableColumn } from "@/components/ui/data-table/columns";
import { DateTime } from "@/components/ui/date-time";
import { Money } from "@/components/ui/money";
import type { AccountOverview } from "@/lib/wisealpha-accounts/account-overview";

type Row = AccountOverview["robowise"][number];
const TONES = { open: "good", opening: "info", closing: "warn", closed: "neutral" } as const;

export function RobowiseStateBadge({ state }: { state: Row["state"] }) {
  return <Badge tone={TONES[state]}>{state}</Badge>;
}

/** The account's robowise portfolios; each name opens its detail. */
export function RobowiseTable({ rows, basePath }: { rows: Row[]; basePath: string }) {
  const columns: DataTableColumn<Row>[] = [
    {
      id: "name",
      header: "Portfolio",
      cell: ({ row }) => (
        <Link className="underline" href={`${basePath}/robowise/${row.original.reference}`}>
          {row.original.name}
        </Link>
      ),
    },
    { id: "state", header: "State", cell: ({ row }) => <RobowiseStateBadge state={row.original.state} /> },
    { id: "risk", header: "Risk profile", cell: ({ row }) => row.original.riskProfile },
    {
      id: "cash",
      header: "Cash",
      meta: { numeric: true },
      cell: ({ row }) => (row.original.cash ? <Money amount={row.original.cash} currency={row.original.currency} /> : "—"),
    },
    { id: "created", header: "Opened", cell: ({ row }) => <DateTime value={row.original.created} style="date" /> },
  ];
  return (
    <DataTable
      label="Robowise portfolios"
      columns={columns}
      data={rows}
      getRowId={(r) => r.reference}
      toolbar={false}
      empty="No robowise portfolios in this account."
      testId="robowise-table"
      rowTestId="robowise-row"
    />
  );
}
