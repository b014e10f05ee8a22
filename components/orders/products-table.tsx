"use client";

import Link from "next/link";

import { DataTable } from "@/components/ui/data-table/data-table";
import { moneyColumn } from "@/components/ui/data-table/cells";
import type { DataTableColumn } from "@/components/ui/data-table/columns";
import { EnumText } from "@/components/ui/enum-text";
import { Money } from "@/components/ui/money";
import { useFormatPrefs } from "@/components/ui/format-provider";
import { formatCalendarDay } from "@/lib/format/dates";
import type { ProductRow } from "@/lib/orders/find-products";
import { MARKET_WORDS, PRODUCT_STATE_WORDS } from "@/lib/orders/words";

export type ProductCounts = Record<string, { buy: number; sell: number; confirm: number }>;

const pct = (v: string | null) => (v === null ? "—" : `${v}%`);

function CalendarDay({ value }: { value: string | null }) {
  const { locale } = useFormatPrefs();
  return value ? <span className="whitespace-nowrap tabular-nums">{formatCalendarDay(value, locale) ?? value}</span> : <>perpetual</>;
}

function columns(counts: ProductCounts): DataTableColumn<ProductRow>[] {
  return [
    {
      id: "company",
      header: "Company / product",
      cell: ({ row: { original: r } }) => (
        <>
          <Link href={`/orders/products/${encodeURIComponent(r.productId)}`} className="font-medium underline">
            {r.company}
          </Link>
          <div className="font-mono text-xs text-slate-600">
            {r.productId} · {r.isin}
          </div>
        </>
      ),
    },
    { id: "market", header: "Market", cell: ({ row }) => <EnumText value={row.original.marketType} words={MARKET_WORDS} /> },
    { id: "state", header: "State", cell: ({ row }) => <EnumText value={row.original.state} words={PRODUCT_STATE_WORDS} /> },
    {
      id: "price",
      header: "Buy / sell (% of par)",
      meta: { numeric: true },
      cell: ({ row: { original: r } }) => `${r.buyPrice} / ${r.sellPrice}`,
    },
    moneyColumn<ProductRow>("sellLiquidity", "Sell liquidity", (r) => r.sellLiquidity),
    {
      id: "pendingLiquidity",
      header: "Pending liquidity",
      meta: { numeric: true },
      cell: ({ row: { original: r } }) => (
        <>
          <Money amount={r.pendingLiquidity} currency={r.currency} />
          {r.pendingNext && (
            <div className="text-xs text-slate-600">
              from <CalendarDay value={r.pendingNext} />
            </div>
          )}
        </>
      ),
    },
    { id: "coupon", header: "Coupon", meta: { numeric: true }, cell: ({ row }) => pct(row.original.coupon) },
    {
      id: "yield",
      header: "YTM / current yield",
      meta: { numeric: true },
      cell: ({ row: { original: r } }) => `${pct(r.yieldToMaturity)} / ${pct(r.currentYield)}`,
    },
    { id: "maturity", header: "Maturity", cell: ({ row }) => <CalendarDay value={row.original.maturity} /> },
    { id: "ratings", header: "Ratings", cell: ({ row }) => row.original.ratings || "—" },
    {
      id: "orders",
      header: "Our orders (buy / sell)",
      meta: { numeric: true },
      cell: ({ row }) => {
        const c = counts[row.original.productId];
        return (
          <>
            {c ? `${c.buy} / ${c.sell}` : "0 / 0"}
            {c && c.confirm > 0 && <div className="text-xs text-amber-800">{c.confirm} to confirm</div>}
          </>
        );
      },
    },
  ];
}

/** WiseAlpha's market: prices are % of par; liquidity in the product's currency. */
export function ProductsTable({ rows, counts }: { rows: ProductRow[]; counts: ProductCounts }) {
  return (
    <DataTable
      label="WiseAlpha products"
      columns={columns(counts)}
      data={rows}
      getRowId={(r) => r.productId}
      testId="products-table"
      rowTestId="product-row"
      rowAttributes={(r) => ({ "data-product-id": r.productId })}
      empty="No products match these filters."
    />
  );
}
