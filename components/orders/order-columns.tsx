import Link from "next/link";

import { column } from "@/components/ui/data-table/cells";
import type { DataTableColumn } from "@/components/ui/data-table/columns";
import type { BookEntryView } from "@/lib/orders/find-order-book";

import { OrderActions } from "./order-actions";

/** The customer an order list's row belongs to, linked to their orders page (where it is checked or traded). */
export function customerColumn<T extends { customerRef: string }>(header = "Customer"): DataTableColumn<T> {
  return {
    id: "customer",
    header,
    cell: ({ row }) => (
      <Link className="underline" href={`/orders/customers/${encodeURIComponent(row.original.customerRef)}`}>
        {row.original.customerRef}
      </Link>
    ),
  };
}

/** The product an order list's row is for, linked to its order book. */
export function productColumn<T extends { productId: string }>(): DataTableColumn<T> {
  return {
    id: "product",
    header: "Product",
    cell: ({ row }) => (
      <Link className="font-mono text-xs underline" href={`/orders/products/${encodeURIComponent(row.original.productId)}`}>
        {row.original.productId}
      </Link>
    ),
  };
}

/** Confirm or cancel an order in its row (for roles that may trade). */
export function orderActionsColumn<T extends BookEntryView>({ srOnlyHeader }: { srOnlyHeader: boolean }): DataTableColumn<T> {
  return column<T>("actions", "Actions", (o) => <OrderActions order={o} />, { meta: { srOnlyHeader } });
}
