import Link from "next/link";

import type { ProductRow } from "@/lib/orders/find-products";
import { wordFor } from "@/lib/onboarding/words";
import { MARKET_WORDS, PRODUCT_STATE_WORDS } from "@/lib/orders/words";

type Counts = Map<string, { buy: number; sell: number; confirm: number }>;
const pct = (v: string | null) => (v === null ? "—" : `${v}%`);

/** WiseAlpha's market: prices are % of par; liquidity in the product's currency. */
export function ProductsTable({ rows, counts }: { rows: ProductRow[]; counts: Counts }) {
  if (rows.length === 0)
    return (
      <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-sm text-slate-600">
        No products match these filters.
      </p>
    );
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm" data-testid="products-table">
        <thead className="border-b border-slate-200 bg-slate-50 text-xs text-slate-600 uppercase">
          <tr>
            <th className="px-3 py-2">Company / product</th>
            <th className="px-3 py-2">Market</th>
            <th className="px-3 py-2">State</th>
            <th className="px-3 py-2 text-right">Buy / sell (% of par)</th>
            <th className="px-3 py-2 text-right">Sell liquidity</th>
            <th className="px-3 py-2 text-right">Pending liquidity</th>
            <th className="px-3 py-2 text-right">Coupon</th>
            <th className="px-3 py-2 text-right">YTM / current yield</th>
            <th className="px-3 py-2">Maturity</th>
            <th className="px-3 py-2">Ratings</th>
            <th className="px-3 py-2 text-right">Our orders (buy / sell)</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const c = counts.get(r.productId);
            return (
              <tr
                key={r.productId}
                className="border-b border-slate-100 align-top last:border-0"
                data-testid="product-row"
                data-product-id={r.productId}
              >
                <td className="px-3 py-2">
                  <Link href={`/orders/products/${encodeURIComponent(r.productId)}`} className="font-medium underline">
                    {r.company}
                  </Link>
                  <div className="font-mono text-xs text-slate-600">
                    {r.productId} · {r.isin}
                  </div>
                </td>
                <td className="px-3 py-2 text-xs">{wordFor(MARKET_WORDS, r.marketType)}</td>
                <td className="px-3 py-2 text-xs">{wordFor(PRODUCT_STATE_WORDS, r.state)}</td>
                <td className="px-3 py-2 text-right font-mono text-xs tabular-nums">
                  {r.buyPrice} / {r.sellPrice}
                </td>
                <td className="px-3 py-2 text-right font-mono text-xs tabular-nums">
                  {r.sellLiquidity} {r.currency}
                </td>
                <td className="px-3 py-2 text-right font-mono text-xs tabular-nums">
                  {r.pendingLiquidity} {r.currency}
                  {r.pendingNext && <div className="text-slate-500">from {r.pendingNext}</div>}
                </td>
                <td className="px-3 py-2 text-right font-mono text-xs">{pct(r.coupon)}</td>
                <td className="px-3 py-2 text-right font-mono text-xs">
                  {pct(r.yieldToMaturity)} / {pct(r.currentYield)}
                </td>
                <td className="px-3 py-2 font-mono text-xs whitespace-nowrap">{r.maturity ?? "perpetual"}</td>
                <td className="px-3 py-2 text-xs">{r.ratings || "—"}</td>
                <td className="px-3 py-2 text-right font-mono text-xs">
                  {c ? `${c.buy} / ${c.sell}` : "0 / 0"}
                  {c && c.confirm > 0 && <div className="text-amber-700">{c.confirm} to confirm</div>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
