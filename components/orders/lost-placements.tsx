"use client";

import { amountColumn } from "@/components/ui/data-table/cells";
import type { DataTableColumn } from "@/components/ui/data-table/columns";
import { listTable } from "@/components/ui/data-table/list-table";
import { DateTime } from "@/components/ui/date-time";
import { EnumText } from "@/components/ui/enum-text";

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
  { id: "id", header: "Placement", cell: ({ row }) => <span className="font-mono text-xs">{row.original.id}</span> },
  customerColumn<LostPlacementRow>("Customer (check here)"),
  { id: "product", header: "Product", cell: ({ row }) => <span className="font-mono text-xs">{row.original.productId}</span> },
  { id: "side", header: "Side", cell: ({ row }) => <EnumText value={row.original.side} /> },
  amountColumn<LostPlacementRow>(),
  { id: "sent", header: "Sent", cell: ({ row }) => <DateTime value={row.original.sentAt} /> },
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
