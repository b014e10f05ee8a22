import "server-only";

import Decimal from "decimal.js";

import { isProviderError } from "@/lib/providers/errors";
import { getWiseAlphaClient } from "@/lib/providers/server-clients";
import type { WiseAlphaProduct } from "@/lib/providers/wisealpha/transform";
import { getRequestLogger } from "@/lib/request-context";
import type { ProductFilter } from "@/lib/validations/orders";

export type ProductRow = {
  productId: string;
  company: string;
  isin: string;
  marketType: string;
  state: string;
  currency: string;
  buyPrice: string;
  sellPrice: string;
  sellLiquidity: string;
  pendingLiquidity: string;
  pendingNext: string | null;
  coupon: string;
  yieldToMaturity: string | null;
  currentYield: string | null;
  maturity: string | null;
  ratings: string;
};

export type Loaded<T> = { kind: "found"; value: T } | { kind: "error"; message: string; retryable: boolean };

/** Turns a provider failure into a page message with a retry; anything else is a bug and is thrown. */
export async function loadFromProvider<T>(what: string, load: () => Promise<T>): Promise<Loaded<T>> {
  try {
    return { kind: "found", value: await load() };
  } catch (error) {
    if (!isProviderError(error)) throw error;
    (await getRequestLogger()).warn({ err: error, what }, "orders: provider call failed");
    return { kind: "error", message: error.userMessage, retryable: error.retryable };
  }
}

export function productRow(p: WiseAlphaProduct): ProductRow {
  const pending = p.pending_liquidity.reduce((sum, l) => sum.add(l.pending_amount), new Decimal(0));
  const next = p.pending_liquidity.map((l) => l.settlement_date).sort()[0] ?? null;
  return {
    productId: p.product_id,
    company: p.company.company_name,
    isin: p.isin_code,
    marketType: p.market_type,
    state: p.state,
    currency: p.currency,
    buyPrice: p.buy_price,
    sellPrice: p.sell_price,
    sellLiquidity: p.sell_liquidity,
    pendingLiquidity: pending.toFixed(2),
    pendingNext: next,
    coupon: p.coupon,
    yieldToMaturity: p.yield_to_maturity ?? null,
    currentYield: p.current_yield ?? null,
    maturity: p.maturity,
    ratings: [
      p.rating_moodys && `Moody's ${p.rating_moodys}`,
      p.rating_fitch && `Fitch ${p.rating_fitch}`,
      p.rating_sandp && `S&P ${p.rating_sandp}`,
    ]
      .filter(Boolean)
      .join(" · "),
  };
}

const num = (v: string | null) => (v === null ? new Decimal(-Infinity) : new Decimal(v));
const SORTS: Record<ProductFilter["sort"], (a: ProductRow, b: ProductRow) => number> = {
  company: (a, b) => a.company.localeCompare(b.company) || a.productId.localeCompare(b.productId),
  "buy-price": (a, b) => new Decimal(a.buyPrice).comparedTo(b.buyPrice),
  "ytm-desc": (a, b) => num(b.yieldToMaturity).comparedTo(num(a.yieldToMaturity)),
  "coupon-desc": (a, b) => new Decimal(b.coupon).comparedTo(a.coupon),
  // Perpetuals have no maturity: they sort last.
  maturity: (a, b) => (a.maturity ?? "9999").localeCompare(b.maturity ?? "9999"),
  "liquidity-desc": (a, b) => new Decimal(b.sellLiquidity).comparedTo(a.sellLiquidity),
};

/** WiseAlpha's market (one paged read of /products/), filtered and sorted as the URL says. */
export async function findProducts(filter: ProductFilter): Promise<ProductRow[]> {
  const rows: ProductRow[] = [];
  for await (const p of getWiseAlphaClient().iterateProducts(filter.market ? { marketType: filter.market } : {})) rows.push(productRow(p));
  const q = filter.q?.toLowerCase();
  return rows
    .filter((r) => !filter.state || r.state === filter.state)
    .filter((r) => !q || r.company.toLowerCase().includes(q) || r.isin.toLowerCase().startsWith(q) || r.productId.toLowerCase() === q)
    .filter((r) => filter.liquidity !== "with" || new Decimal(r.sellLiquidity).greaterThan(0))
    .sort(SORTS[filter.sort]);
}

/** One product's figures from WiseAlpha as a row, or a message with a retry when WiseAlpha fails. */
export async function findProduct(productId: string): Promise<Loaded<ProductRow>> {
  return loadFromProvider("product", async () => productRow(await getWiseAlphaClient().getProduct(productId)));
}
