"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect } from "react";

import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { amountColumn, column, columnsIf } from "@/components/ui/data-table/cells";
import type { DataTableColumn } from "@/components/ui/data-table/columns";
import { DataTable } from "@/components/ui/data-table/data-table";
import { DataTablePager } from "@/components/ui/data-table/data-table-pager";
import { Button } from "@/components/ui/button";
import { RelativeTime } from "@/components/ui/date-time";
import { cancelOrdersAction } from "@/lib/actions/orders-to-confirm";
import type { BookEntryView } from "@/lib/orders/find-order-book";

import { customerColumn, orderActionsColumn, productColumn } from "./order-columns";
import { CancelResults, useBulkCancel } from "./bulk-cancel";

/** Re-reads the list this often, so a re-price shows here within seconds. */
const REFRESH_MS = 3_000;

export type OrderToConfirm = BookEntryView & { waitingSince: string };

const columns = (canTrade: boolean): DataTableColumn<OrderToConfirm>[] => [
  {
    id: "order",
    header: "Order / original",
    cell: ({ row }) => (
      <span className="font-mono text-xs" id={`order-${row.original.id}`}>
        {row.original.side} {row.original.id}
        <br />
        <Link className="text-slate-600 underline" href={`/orders/history/${encodeURIComponent(row.original.originalId)}`}>
          {row.original.originalId}
        </Link>
      </span>
    ),
  },
  customerColumn<OrderToConfirm>(),
  productColumn<OrderToConfirm>(),
  amountColumn<OrderToConfirm>(),
  {
    id: "price",
    header: "Price (% of par)",
    meta: { numeric: true },
    cell: ({ row }) => (
      <span className="font-mono tabular-nums" data-testid="order-price">
        {row.original.price} → {row.original.newPrice ?? "?"}
      </span>
    ),
  },
  column("waiting", "Waiting", (o) => <RelativeTime value={o.waitingSince} />),
  ...columnsIf(canTrade, orderActionsColumn<OrderToConfirm>({ srOnlyHeader: false })),
];

/** Every customer's re-priced orders: confirm or cancel in place, or cancel the ticked ones with a result per order. */
export function OrdersToConfirm({ orders, total, canTrade }: { orders: OrderToConfirm[]; total: number; canTrade: boolean }) {
  const router = useRouter();
  const cancelling = useBulkCancel(cancelOrdersAction);

  useEffect(() => {
    const timer = setInterval(() => router.refresh(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [router]);

  const cancel = (selected: OrderToConfirm[], clear: () => void) => cancelling.run({ orderIds: selected.map((o) => o.id) }, clear);

  return (
    <div>
      <CancelResults results={cancelling.results} error={cancelling.error} />
      <DataTable
        label="Orders to confirm"
        columns={columns(canTrade)}
        data={orders}
        empty="No order waits for a confirmation."
        testId="orders-to-confirm"
        rowTestId="order-row"
        rowAttributes={(o) => ({ "data-order-id": o.id, "data-original-id": o.originalId })}
        selection={
          canTrade
            ? {
                rowLabel: (o) => `Select order ${o.id}`,
                actions: (selected, clear) => (
                  <ConfirmDialog
                    title={`Cancel ${selected.length} order(s) at WiseAlpha?`}
                    description="Each order is cancelled on its own; you get a result per order."
                    confirmLabel={`Yes, cancel ${selected.length}`}
                    tone="danger"
                    trigger={
                      <Button size="sm" variant="danger">
                        Cancel selected ({selected.length})
                      </Button>
                    }
                    onConfirm={() => cancel(selected, clear)}
                  />
                ),
              }
            : undefined
        }
        footer={<DataTablePager mode="offset" total={total} noun="order(s)" />}
      />
    </div>
  );
}
