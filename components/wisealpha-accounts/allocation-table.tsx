"use client";

import { column, enumColumn, numberColumn } from "@/components/ui/data-table/cells";
import { listTable } from "@/components/ui/data-table/list-table";
import { Money } from "@/components/ui/money";
import type { RobowisePortfolio } from "@/lib/wisealpha-accounts/robowise-view";

type Row = RobowisePortfolio["allocation"][number];

/** Robowise's ideal holdings: what it wants, holds and still plans to buy (negative: sell), per bond. */
export const AllocationTable = listTable<Row, { currency: string }>({
  label: "Robowise allocation",
  columns: ({ currency }) => {
    const money = (value: string) => <Money amount={value} currency={currency} />;
    return [
      column("productId", "Bond", (r) => r.productId, { sortKey: "productId" }),
      column("company", "Company", (r) => r.company, { sortKey: "company" }),
      enumColumn("industry", "Industry", (r) => r.industry),
      numberColumn("share", "Target share", (r) => `${r.share}%`, { sortKey: "share" }),
      numberColumn("wanted", "Wanted", (r) => money(r.wanted)),
      numberColumn("held", "Held", (r) => money(r.held)),
      numberColumn("toAcquire", "To buy", (r) => money(r.toAcquire)),
      column("reason", "Why", (r) => r.reason),
    ];
  },
  getRowId: (r) => r.productId,
  sorting: "client",
  empty: "Robowise has no candidate bonds for this profile.",
  testId: "allocation-table",
  rowTestId: "allocation-row",
});
