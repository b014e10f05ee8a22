"use client";

import { column, linkColumn, numberColumn } from "@/components/ui/data-table/cells";
import type { DataTableColumn } from "@/components/ui/data-table/columns";
import { listTable } from "@/components/ui/data-table/list-table";
import { EnumText } from "@/components/ui/enum-text";
import { Money } from "@/components/ui/money";
import type { InvestSuitePortfolio } from "@/lib/customers/provider-panels";

const columns: DataTableColumn<InvestSuitePortfolio>[] = [
  linkColumn("name", "Portfolio", (p) => ({ href: `/portfolios/${p.id}`, label: p.name })),
  column("status", "Status", (p) => (
    <>
      <EnumText value={p.status} />
      {p.divestPending && <span className="ml-1 text-xs text-amber-800">withdrawal pending</span>}
    </>
  )),
  numberColumn("cash", "Cash", (p) =>
    p.cash.length === 0
      ? "—"
      : p.cash.map((c) => (
          <span key={c.currency} className="block">
            <Money amount={c.amount} currency={c.currency} />
          </span>
        )),
  ),
  numberColumn("positions", "Positions", (p) => p.positions),
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
