"use client";

import Link from "next/link";

import type { DataTableColumn } from "@/components/ui/data-table/columns";
import { listTable } from "@/components/ui/data-table/list-table";
import { EnumText } from "@/components/ui/enum-text";
import { Money } from "@/components/ui/money";
import type { InvestSuitePortfolio } from "@/lib/customers/provider-panels";

const columns: DataTableColumn<InvestSuitePortfolio>[] = [
  {
    id: "name",
    header: "Portfolio",
    cell: ({ row }) => (
      <Link href={`/portfolios/${row.original.id}`} className="underline">
        {row.original.name}
      </Link>
    ),
  },
  {
    id: "status",
    header: "Status",
    cell: ({ row }) => (
      <>
        <EnumText value={row.original.status} />
        {row.original.divestPending && <span className="ml-1 text-xs text-amber-800">withdrawal pending</span>}
      </>
    ),
  },
  {
    id: "cash",
    header: "Cash",
    meta: { numeric: true },
    cell: ({ row }) =>
      row.original.cash.length === 0
        ? "—"
        : row.original.cash.map((c) => (
            <span key={c.currency} className="block">
              <Money amount={c.amount} currency={c.currency} />
            </span>
          )),
  },
  { id: "positions", header: "Positions", meta: { numeric: true }, cell: ({ row }) => row.original.positions },
];

/** InvestSuite gives units per instrument, not prices: cash and the number of positions are what it states. */
export const PortfoliosTable = listTable<InvestSuitePortfolio>({
  label: "InvestSuite portfolios",
  columns,
  sorting: "client",
  toolbar: false,
  empty: "No portfolios.",
  testId: "customer-portfolios",
});
