"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";

import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { DataTableColumn } from "@/components/ui/data-table/columns";
import { DataTable } from "@/components/ui/data-table/data-table";
import { DataTablePager } from "@/components/ui/data-table/data-table-pager";
import { Button } from "@/components/ui/button";
import { Money } from "@/components/ui/money";
import { RelativeTime } from "@/components/ui/date-time";
import { cancelOrdersAction } from "@/lib/actions/orders-to-confirm";
import type { BookEntryView } from "@/lib/orders/find-order-book";
import type { CancelResult } from "@/lib/orders/order-actions";

import { OrderActions } from "./order-actions";

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
  {
    id: "customer",
    header: "Customer",
    cell: ({ row }) => (
      <Link className="underline" href={`/orders/customers/${encodeURIComponent(row.original.customerRef)}`}>
        {row.original.customerRef}
      </Link>
    ),
  },
  {
    id: "product",
    header: "Product",
    cell: ({ row }) => (
      <Link className="font-mono text-xs underline" href={`/orders/products/${encodeURIComponent(row.original.productId)}`}>
        {row.original.productId}
      </Link>
    ),
  },
  {
    id: "amount",
    header: "Amount",
    meta: { numeric: true },
    cell: ({ row }) => <Money amount={row.original.amount} currency={row.original.currency} />,
  },
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
  { id: "waiting", header: "Waiting", cell: ({ row }) => <RelativeTime value={row.original.waitingSince} /> },
  ...(canTrade
    ? [
        {
          id: "actions",
          header: "Actions",
          meta: { srOnlyHeader: false },
          cell: ({ row }) => <OrderActions order={row.original} />,
        } satisfies DataTableColumn<OrderToConfirm>,
      ]
    : []),
];

/** Every customer's re-priced orders: confirm or cancel in place, or cancel the ticked ones with a result per order. */
export function OrdersToConfirm({ orders, total, canTrade }: { orders: OrderToConfirm[]; total: number; canTrade: boolean }) {
  const router = useRouter();
  const [results, setResults] = useState<CancelResult[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const timer = setInterval(() => router.refresh(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [router]);

  async function cancel(selected: OrderToConfirm[], clear: () => void) {
    setError(null);
    try {
      const answer = await cancelOrdersAction({ orderIds: selected.map((o) => o.id) });
      if (answer?.data) setResults(answer.data.results);
      else setError(answer?.serverError ?? "Nothing was cancelled.");
    } catch {
      setError("The server could not be reached; nothing was recorded.");
    }
    clear();
    router.refresh();
  }

  return (
    <div>
      {error && (
        <p role="alert" className="mb-2 text-sm text-red-800">
          {error}
        </p>
      )}
      {results && (
        <ul className="mb-2 space-y-0.5 text-xs" data-testid="cancel-results" aria-live="polite">
          {results.map((r) => (
            <li key={r.orderId} className={r.ok ? "text-emerald-800" : "text-red-800"}>
              <span className="font-mono">{r.orderId}</span>: {r.message}
            </li>
          ))}
        </ul>
      )}
      <DataTable
        label="Orders to confirm"
        columns={columns(canTrade)}
        data={orders}
        getRowId={(o) => o.id}
        sorting="none"
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
