import type { FastifyInstance } from "fastify";

import { D, money } from "../domain/money";
import { notFound } from "../http/errors";
import { paginate } from "../http/pagination";
import { params, query, routes } from "../http/route";
import type { Runtime } from "../store/runtime";
import type { Product } from "../store/types";
import { availableLiquidity } from "../market/requests";
import { applyFieldFilters } from "../http/field-filters";

const SECURITY_LABEL: Record<string, string> = {
  not_specified: "Not Specified",
  senior_secured: "Senior Secured",
  senior_unsecured: "Senior Unsecured",
  unsecured: "Unsecured",
  unsecured_lt2: "Unsecured LT2",
  at1: "AT1",
};

const TYPES = [
  {
    market_type: "main_market",
    name: "Senior Secured",
    category: "investment",
    description: "Senior secured and senior unsecured corporate bonds.",
  },
  { market_type: "high_yield", name: "High Yield", category: "investment", description: "Subordinated and high yield corporate bonds." },
  { market_type: "perpetuals", name: "Perpetuals", category: "investment", description: "Bonds without a maturity date." },
  {
    market_type: "special_situations",
    name: "Special Situations",
    category: "investment",
    description: "Bonds of companies in or near restructuring.",
  },
];

/** Coupon dates from the next payment to maturity; the last one repays the principal. */
export function cashflows(p: Product) {
  const months = Number.parseInt(p.interest_period, 10) || 6;
  const rate = D(p.coupon).div(100);
  const out = [];
  const date = new Date(`${p.next_interest_payment}T00:00:00Z`);
  for (let i = 0; i < 40 && date.toISOString().slice(0, 10) <= p.maturity; i++) {
    const coupon = rate.mul(months).div(12);
    out.push({
      date: date.toISOString().slice(0, 10),
      coupon_rate: rate.toFixed(4),
      coupon_amount: coupon.toFixed(4),
      principal_amount: "0.0000",
      total_amount: coupon.toFixed(4),
    });
    date.setUTCMonth(date.getUTCMonth() + months);
  }
  const last = out[out.length - 1];
  if (last) Object.assign(last, { principal_amount: "1.0000", total_amount: D(last.coupon_amount).add(1).toFixed(4) });
  return out;
}

export function productJson(rt: Runtime, p: Product, expand: string) {
  const company = rt.state.companies[p.company_id]!;
  const { accrued_interest_rate, company_id: _c, ...fields } = p;
  return {
    ...fields,
    asset_security_label: SECURITY_LABEL[p.asset_security] ?? p.asset_security,
    sell_liquidity: money(availableLiquidity(rt, p.product_id)),
    coupon_string: `${D(p.coupon).toFixed(2)}% fixed`,
    accrued_interest_rate: Number(accrued_interest_rate),
    company: {
      ...company,
      stock_symbol: "",
      borrower_status: "performing",
      tile_description: company.description.replace(/<[^>]+>/g, ""),
      tile_image: "",
      logo: "",
    },
    ...(expand.split(",").includes("cashflows") ? { cashflows: cashflows(p) } : {}),
    product_url: `https://www.wisealpha.com/market/corporate-bond/${company.company_name.toLowerCase().replace(/\s+/g, "-")}/${p.isin_code}`,
    total_invested: money(Object.values(rt.state.accounts).reduce((s, a) => s.add(a.holdings[p.product_id]?.principal ?? 0), D(0))),
  };
}

export function productRoutes(app: FastifyInstance, rt: Runtime) {
  const r = routes(app);
  r.get("/v1/products/", async (request) => {
    const q = query(request);
    // Seed: the list only shows products investable now; the detail also shows closed ones.
    const list = Object.values(rt.state.products).filter(
      (p) => p.state === "open" && (!q.market_type || p.market_type === q.market_type) && (!q.isin || p.isin_code.startsWith(q.isin)),
    );
    return paginate(request, list, (p) => applyFieldFilters(productJson(rt, p, q.expand ?? ""), q));
  });
  r.get("/v1/products/describe_types/", async (request) => {
    const root = `${request.protocol}://${request.headers.host}${rt.apiRoot.replace(/^https?:\/\/[^/]+/, "")}`;
    return paginate(request, TYPES, (t) => ({ ...t, resource_url: `${root}/products/?market_type=${t.market_type}` }));
  });
  r.get("/v1/products/:product_id/", async (request, reply) => {
    const p = rt.state.products[params(request).product_id ?? ""];
    const q = query(request);
    return p ? applyFieldFilters(productJson(rt, p, q.expand ?? ""), q) : notFound(reply);
  });
}
