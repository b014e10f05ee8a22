import type { FastifyInstance } from "fastify";

import { D, money } from "../domain/money";
import { notFound } from "../http/errors";
import { resolvePath } from "../http/resolve-path";
import { params, routes } from "../http/route";
import type { Runtime } from "../store/runtime";
import type { InvestmentAccount, Product } from "../store/types";
import { cashflows } from "./products";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const day = (iso: string) => {
  const d = new Date(iso);
  return `${String(d.getUTCDate()).padStart(2, "0")} ${MONTHS[d.getUTCMonth()]!.slice(0, 3)} ${d.getUTCFullYear()}`;
};
const group = (iso: string) => `${MONTHS[new Date(iso).getUTCMonth()]} ${new Date(iso).getUTCFullYear()}`;
/** Future payments are listed for at most ten years (perpetuals never mature). */
const HORIZON_YEARS = 10;

/**
 * Per-investment transactions and the account activity feed (seed: Account Activity,
 * Investment Transactions): past buys, sells, payments and cash movements, then the
 * coupon and principal payments still due on open holdings.
 */
export function activityRoutes(app: FastifyInstance, rt: Runtime) {
  const r = routes(app);
  const base = "/v1/customers/:customer_id/investment-accounts/:account_id";
  const link = (p: Product) => {
    const name = rt.state.companies[p.company_id]?.company_name ?? p.product_id;
    return `<a href='https://www.wisealpha.com/market/corporate-bond/${name.toLowerCase().replace(/\s+/g, "-")}/${Number(p.product_id.slice(-8))}/${p.isin_code}'>${name}</a>`;
  };
  const history = (a: InvestmentAccount, productId: string) => (a.investment_transactions ?? []).filter((t) => t.product_id === productId);

  r.get(`${base}/products/:product_id/transactions/`, async (request, reply) => {
    const path = resolvePath(rt, request, reply);
    if (!path) return reply;
    return path.account.holdings[params(request).product_id ?? ""] ? history(path.account, params(request).product_id!) : notFound(reply);
  });

  r.get(`${base}/products/:product_id/transactions/:reference/`, async (request, reply) => {
    const path = resolvePath(rt, request, reply);
    if (!path) return reply;
    const found = history(path.account, params(request).product_id ?? "").find((t) => t.reference === params(request).reference);
    return found ?? notFound(reply);
  });

  r.get(`${base}/activity/:currency/`, async (request, reply) => {
    const path = resolvePath(rt, request, reply);
    if (!path) return reply;
    const { account, currency } = path;
    const past = [
      // Cash first: a deposit and the buys it paid for can share a timestamp.
      ...account.transactions
        .filter((t) => t.currency === currency && /^(Deposit|Withdrawal)/.test(t.type))
        .map((t) => ({
          created: t.created,
          amount: money(D(t.amount).abs()),
          description: t.description,
          date_description: day(t.created),
          transaction_type: "cash-movement",
        })),
      ...(account.investment_transactions ?? [])
        .filter((t) => t.currency === currency)
        .map((t) => {
          const product = rt.state.products[t.product_id]!;
          const verb = t.transaction_type === "buy" ? "Bought" : t.transaction_type === "sell" ? "Sold" : "Payment from";
          const when =
            t.transaction_type === "payment"
              ? `Interest paid on ${day(t.created)}`
              : t.transaction_type === "repayment"
                ? `Principal and Interest paid on ${day(t.created)}`
                : day(t.created);
          return {
            created: t.created,
            amount: t.amount,
            description: `${verb} ${link(product)}`,
            date_description: when,
            transaction_type: t.transaction_type === "repayment" ? "payment" : t.transaction_type,
          };
        }),
    ].sort((a, b) => a.created.localeCompare(b.created));

    const horizon = `${rt.now().getUTCFullYear() + HORIZON_YEARS}-12-31`;
    const future = Object.values(account.holdings)
      .flatMap((h) => {
        const product = rt.state.products[h.product_id]!;
        if (product.currency !== currency || product.state !== "open" || D(h.principal).isZero()) return [];
        return cashflows(product)
          .filter((c) => c.date <= horizon)
          .map((c) => ({
            created: `${c.date}T00:00:00Z`,
            amount: money(D(h.principal).mul(c.total_amount)),
            description: `Payment from ${link(product)}`,
            date_description: `${c.principal_amount === "0.0000" ? "Interest" : "Principal and Interest"} due on ${day(c.date)}`,
            transaction_type: "payment",
          }));
      })
      .sort((a, b) => a.created.localeCompare(b.created));

    const item = (activity_type: "past" | "future") => (i: (typeof past)[number]) => ({
      group: group(i.created),
      amount: i.amount,
      currency,
      date_description: i.date_description,
      created: i.created,
      description: i.description,
      item_logo: "",
      activity_type,
      transaction_type: i.transaction_type,
    });
    return [...past.map(item("past")), ...future.map(item("future"))];
  });
}
