"use client";

import Link from "next/link";

import { amountColumn, column, columnsIf, dateColumn, linkColumn } from "@/components/ui/data-table/cells";
import type { DataTableColumn } from "@/components/ui/data-table/columns";
import { DataTable, type DataTableSelection } from "@/components/ui/data-table/data-table";
import { Money } from "@/components/ui/money";
import type { BookEntryView } from "@/lib/orders/find-order-book";

import { orderActionsColumn } from "./order-columns";
import { OrderStateBadge } from "./order-state-badge";

const mono = "font-mono text-xs";

function columns(showProduct: boolean, canTrade: boolean): DataTableColumn<BookEntryView>[] {
  return [
    {
      id: "side",
      header: "Side / type",
      cell: ({ row: { original: o } }) => (
        <>
          {o.side === "BUY" ? "Buy" : "Sell"}
          {o.orderType && <div className="text-xs text-slate-600">{o.orderType}</div>}
        </>
      ),
    },
    { id: "state", header: "State", cell: ({ row }) => <OrderStateBadge state={row.original.state} /> },
    {
      id: "id",
      header: "Id / original",
      meta: { className: mono },
      cell: ({ row: { original: o } }) => (
        <>
          {o.id}
          <div>
            <Link
              href={`/orders/history/${encodeURIComponent(o.originalId)}`}
              className="text-slate-600 underline"
              aria-label={`History of ${o.originalId}`}
            >
              {o.originalId}
            </Link>
          </div>
        </>
      ),
    },
    showProduct
      ? linkColumn("product", "Product", (o) => ({ href: `/orders/products/${encodeURIComponent(o.productId)}`, label: o.productId }), {
          meta: { className: mono },
        })
      : column(
          "customer",
          "Customer / account",
          (o) => (
            <>
              <Link href={`/orders/customers/${encodeURIComponent(o.customerRef)}`} className="underline">
                {o.customerRef}
              </Link>
              <div className="text-slate-600">{o.accountRef}</div>
            </>
          ),
          { meta: { className: mono } },
        ),
    column("type", "Type", (o) => o.orderType ?? "—"),
    amountColumn<BookEntryView>(),
    {
      id: "principal",
      header: "Principal",
      meta: { numeric: true },
      cell: ({ row: { original: o } }) => (o.principal ? <Money amount={o.principal} currency={o.currency} /> : "—"),
    },
    {
      id: "price",
      header: "Price (% of par)",
      meta: { numeric: true },
      cell: ({ row: { original: o } }) => (
        <span data-testid="order-price">
          {o.state === "CONFIRM" ? (
            <>
              <del title="old price">{o.price}</del> → <span title="new price">{o.newPrice ?? "?"}</span>
            </>
          ) : (
            o.price
          )}
        </span>
      ),
    },
    dateColumn("created", "Created", (o) => o.providerCreatedAt),
    ...columnsIf(canTrade, orderActionsColumn<BookEntryView>({ srOnlyHeader: true })),
  ];
}

/** Orders one by one: per product (customer column) or per customer (product column); actions only for roles that may trade. */
export function BookEntries({
  orders,
  canTrade,
  showProduct = false,
  selection,
}: {
  orders: BookEntryView[];
  canTrade: boolean;
  showProduct?: boolean;
  selection?: DataTableSelection<BookEntryView>;
}) {
  return (
    <DataTable
      label={showProduct ? "The customer's open orders" : "Open orders on this product"}
      columns={columns(showProduct, canTrade)}
      data={orders}
      selection={selection}
      testId="book-entries"
      rowTestId="order-row"
      rowAttributes={(o) => ({ "data-order-id": o.id, "data-original-id": o.originalId })}
      empty="No open orders."
      toolbar={false}
    />
  );
}
