"use client";

import { column, numberColumn } from "@/components/ui/data-table/cells";
import type { DataTableColumn } from "@/components/ui/data-table/columns";
import { listTable } from "@/components/ui/data-table/list-table";

type Balance = { currency: string; amount: string };

const COLUMNS: DataTableColumn<Balance>[] = [
  column("currency", "Currency", (b) => b.currency),
  numberColumn("cash", "Uninvested cash", (b) => (
    <span className="font-mono" data-testid={`provider-balance-${b.currency}`}>
      {b.amount}
    </span>
  )),
];

/** A WiseAlpha account's uninvested cash per currency, as the provider states it. */
export const BalancesTable = listTable<Balance>({
  label: "Account balance",
  columns: COLUMNS,
  getRowId: (b) => b.currency,
  empty: "No balances.",
  toolbar: false,
});
