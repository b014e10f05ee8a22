"use client";

import { amountColumn, column, dateColumn, moneyColumn, monoColumn } from "@/components/ui/data-table/cells";
import type { DataTableColumn } from "@/components/ui/data-table/columns";
import { listTable } from "@/components/ui/data-table/list-table";
import type { LedgerRow } from "@/lib/wisealpha-accounts/ledger";

const columns: DataTableColumn<LedgerRow>[] = [
  dateColumn("created", "When", (r) => r.created),
  column("type", "Type", (r) => r.type),
  column("description", "Description", (r) => r.description),
  amountColumn<LedgerRow>(),
  moneyColumn<LedgerRow>("balance", "Balance after", (r) => r.balance),
  monoColumn("reference", "Reference", (r) => r.reference),
];

/** The account's cash ledger: one page of WiseAlpha's transactions, newest first. */
export const LedgerTable = listTable<LedgerRow>({
  label: "Account ledger",
  columns,
  getRowId: (r) => r.reference,
  empty: "No transactions match these filters.",
  testId: "ledger-table",
  rowTestId: "ledger-row",
  rowAttributes: (r) => ({ "data-reference": r.reference, "data-type": r.type }),
  pagerNoun: "transaction(s)",
});
