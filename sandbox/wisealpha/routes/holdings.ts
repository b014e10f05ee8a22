import type { FastifyInstance } from "fastify";

import { D, money } from "../domain/money";
import { notFound } from "../http/errors";
import { applyFieldFilters } from "../http/field-filters";
import { resolvePath } from "../http/resolve-path";
import { query, routes } from "../http/route";
import type { Runtime } from "../store/runtime";
import type { Holding, InvestmentAccount } from "../store/types";
import { productJson } from "./products";

/**
 * Account products and portfolio summaries. The sandbox does not run coupon payments,
 * so paid interest and service fees are zero; the rest follows from holdings and
 * today's prices.
 */
type Summary = Record<string, string | number>;

function openSummary(rt: Runtime, h: Holding): Summary {
  const product = rt.state.products[h.product_id]!;
  const principal = D(h.principal);
  const value = principal.mul(product.sell_price).div(100);
  const accrued = principal.mul(product.accrued_interest_rate);
  return {
    principal: money(principal),
    portfolio_value: money(value),
    gains: money(value.add(accrued).sub(h.cost)),
    sales_fees: "0.00",
    service_fees: "0.00",
    cash_bonus: "0.00",
    interest_accrued: money(accrued),
    interest_paid: "0.00",
    interest_earned: money(accrued),
    interest_paid_gross: "0.00",
    interest_earned_gross: money(accrued),
    projected_interest: money(principal.mul(product.coupon).div(100)),
    current_yield: product.current_yield,
    yield_to_maturity: product.yield_to_maturity,
    interest_earned_pending_payment: "0.00",
  };
}

function closedSummary(h: Holding): Summary | null {
  if (D(h.sold_principal).isZero()) return null;
  return {
    principal: h.sold_principal,
    portfolio_value: "0.00",
    gains: money(D(h.sale_proceeds).sub(h.sold_principal)),
    sales_fees: "0.00",
  };
}

function sumSummaries(list: Summary[]): Summary {
  const out: Summary = { count_of_positions: list.length };
  for (const s of list)
    for (const [k, v] of Object.entries(s)) if (!k.includes("yield")) out[k] = money(D(String(out[k] ?? 0)).add(String(v)));
  return out;
}

export function holdingRoutes(app: FastifyInstance, rt: Runtime) {
  const r = routes(app);
  const base = "/v1/customers/:customer_id/investment-accounts/:account_id/products";
  const currencyOf = (h: Holding) => rt.state.products[h.product_id]!.currency;
  const itemJson = (h: Holding, expand: string) => ({
    reference: h.product_id,
    product: {
      reference: h.product_id,
      currency: currencyOf(h),
      product_type: "fractional_bond",
      ...(expand.includes("product__detail") ? { detail: productJson(rt, rt.state.products[h.product_id]!, expand) } : {}),
    },
    open: D(h.principal).isZero() ? null : openSummary(rt, h),
    closed: closedSummary(h),
  });

  r.get(`${base}/`, async (request, reply) => {
    const path = resolvePath(rt, request, reply);
    if (!path) return reply;
    const wanted = (query(request).currencies ?? "")
      .split(",")
      .filter(Boolean)
      .map((c) => c.toUpperCase());
    const q = query(request);
    // exclude_fractional_bond_product_detail: the client already has product details.
    const expand = q.exclude_fractional_bond_product_detail ? (q.expand ?? "").replace(/product__detail\w*/g, "") : (q.expand ?? "");
    return Object.values(path.account.holdings)
      .filter((h) => wanted.length === 0 || wanted.includes(currencyOf(h)))
      .map((h) => applyFieldFilters(itemJson(h, expand), q));
  });

  const summary = (account: InvestmentAccount, currency: string) => {
    const held = Object.values(account.holdings).filter((h) => currencyOf(h) === currency);
    const open = held.filter((h) => !D(h.principal).isZero()).map((h) => openSummary(rt, h));
    const closed = held.map(closedSummary).filter((s): s is Summary => s !== null);
    return { currency, summaries: { all: sumSummaries([...open, ...closed]), open: sumSummaries(open) } };
  };
  r.get(`${base}/summary/`, async (request, reply) => {
    const path = resolvePath(rt, request, reply);
    return path ? path.account.currencies.map((c) => summary(path.account, c)) : reply;
  });
  r.get(`${base}/summary/:currency/`, async (request, reply) => {
    const path = resolvePath(rt, request, reply);
    return path ? summary(path.account, path.currency) : reply;
  });
  r.get(`${base}/:product_id/`, async (request, reply) => {
    const path = resolvePath(rt, request, reply);
    if (!path) return reply;
    const holding = path.account.holdings[(request.params as Record<string, string>).product_id ?? ""];
    return holding ? itemJson(holding, query(request).expand ?? "") : notFound(reply);
  });
}
