"use client";

import { amountColumn, dateColumn, enumColumn, monoColumn } from "@/components/ui/data-table/cells";
import type { DataTableColumn } from "@/components/ui/data-table/columns";
import { listTable } from "@/components/ui/data-table/list-table";

import { customerColumn } from "./order-columns";

export type LostPlacementRow = {
  id: string;
  customerRef: string;
  productId: string;
  side: string;
  amount: string;
  currency: string;
  sentAt: string;
};

const columns: DataTableColumn<LostPlacementRow>[] = [
  monoColumn("id", "Placement", (r) => r.id),
  customerColumn<LostPlacementRow>("Customer (check here)"),
  monoColumn("product", "Product", (r) => r.productId),
  enumColumn("side", "Side", (r) => r.side),
  amountColumn<LostPlacementRow>(),
  dateColumn("sent", "Sent", (r) => r.sentAt),
];

/** Placements whose answer from WiseAlpha was lost: each is checked at WiseAlpha from the customer's page. */
export const LostPlacements = listTable<LostPlacementRow>({
  label: "Placements to check at WiseAlpha",
  columns,
  empty: "No placement waits for a check.",
  testId: "lost-placements",
  rowTestId: "placement-row",
  pagerNoun: "placement(s)",
});
