import type { FastifyInstance } from "fastify";

import { D, money, parseDecimal } from "../domain/money";
import { SERVICE_FEE_SHARE } from "../domain/quote";
import { badRequest, notFound } from "../http/errors";
import { body, params, routes } from "../http/route";
import { cancelOrder } from "../market/engine";
import { postTransaction, recordInvestment } from "../store/ledger";
import type { Product } from "../store/market-types";
import { isLive } from "../store/orders";
import { emitEvent, timestamp, type Runtime } from "../store/runtime";
import type { InvestmentAccount, InvestmentTransaction } from "../store/types";

/**
 * Scenario controls for bond cash flows: a coupon payment and a (partial) repayment,
 * paid to every holder with the seed's investment.* events. Interest is net of the
 * service fee (seed: interest_paid "is net of paid Service Fees").
 */
export function paymentControls(app: FastifyInstance, rt: Runtime) {
  const r = routes(app);

  const holders = (productId: string) =>
    Object.values(rt.state.accounts).filter((a) => D(a.holdings[productId]?.principal ?? 0).greaterThan(0));
  const investment = (productId: string) => {
    const product = rt.state.products[productId]!;
    return { product_id: productId, company_name: rt.state.companies[product.company_id]?.company_name ?? "" };
  };
  const netInterest = (gross: ReturnType<typeof D>, zeroFees: boolean) =>
    zeroFees ? gross : gross.sub(gross.mul(SERVICE_FEE_SHARE).toDecimalPlaces(2));

  /**
   * Pays `amount` of `product` to the holder: a line in the account's cash statement ("<what> from
   * <company>", of `type`) and a transaction on their investment.
   */
  const payHolder = (
    account: InvestmentAccount,
    product: Product,
    amount: ReturnType<typeof D>,
    [what, type]: [string, string],
    entry: Pick<InvestmentTransaction, "transaction_type" | "principal">,
  ) => {
    const { product_id, currency } = product;
    postTransaction(rt.state, account, currency, amount, `${what} from ${investment(product_id).company_name}`, type, timestamp(rt.now()));
    recordInvestment(rt.state, account, { product_id, created: timestamp(rt.now()), ...entry, amount: money(amount), currency });
  };

  r.post("/__sandbox/products/:product_id/payment", async (request, reply) => {
    const product = rt.state.products[params(request).product_id ?? ""];
    if (!product) return notFound(reply);
    const months = Number.parseInt(product.interest_period, 10) || 6;
    const events: string[] = [];
    for (const account of holders(product.product_id)) {
      const principal = D(account.holdings[product.product_id]!.principal);
      const gross = principal.mul(product.coupon).div(100).mul(months).div(12).toDecimalPlaces(2);
      const net = netInterest(gross, product.zero_interest_fees);
      payHolder(account, product, net, ["Interest payment", "Interest Payment"], { transaction_type: "payment", principal: "0.00" });
      const data = {
        investment: investment(product.product_id),
        currency: product.currency,
        interest_payment: money(net),
        reinvesting_proceeds: false,
      };
      events.push(emitEvent(rt, "investment.payment", account.customer_id, data).id);
    }
    return { payments: events.length, event_ids: events };
  });

  // fraction < 1 is a partial repayment; call_price defaults to par.
  r.post("/__sandbox/products/:product_id/repayment", async (request, reply) => {
    const product = rt.state.products[params(request).product_id ?? ""];
    if (!product) return notFound(reply);
    const input = body(request);
    const callPrice = input.call_price === undefined ? D(100) : parseDecimal(input.call_price);
    const fraction = input.fraction === undefined ? D(1) : parseDecimal(input.fraction);
    if (!callPrice || !callPrice.greaterThan(0)) return badRequest(reply, { call_price: ["A valid positive number is required."] });
    if (!fraction || !fraction.greaterThan(0) || fraction.greaterThan(1))
      return badRequest(reply, { fraction: ["Must be greater than 0 and at most 1."] });
    const full = fraction.equals(1);
    // Open orders cannot survive a full repayment: the bond no longer trades.
    if (full)
      for (const order of Object.values(rt.state.orders))
        if (order.product_id === product.product_id && isLive(order)) cancelOrder(rt, order, "The investment has been repaid.");
    const events: string[] = [];
    for (const account of holders(product.product_id)) {
      const holding = account.holdings[product.product_id]!;
      const repaid = D(holding.principal).mul(fraction).toDecimalPlaces(2);
      const interest = netInterest(repaid.mul(product.accrued_interest_rate).toDecimalPlaces(2), product.zero_interest_fees);
      const principalPayment = repaid.mul(callPrice).div(100).toDecimalPlaces(2);
      holding.principal = money(D(holding.principal).sub(repaid));
      holding.locked = money(D(holding.locked).clampedTo(0, D(holding.principal)));
      payHolder(account, product, principalPayment.add(interest), [full ? "Repayment" : "Partial repayment", "Repayment"], {
        transaction_type: "repayment",
        principal: money(repaid),
      });
      const data = {
        investment: investment(product.product_id),
        currency: product.currency,
        interest_payment: money(interest),
        reinvesting_proceeds: false,
        call_price: callPrice.toFixed(2),
        principal_payment: money(principalPayment),
      };
      events.push(emitEvent(rt, full ? "investment.repayment" : "investment.partial_repayment", account.customer_id, data).id);
    }
    if (full) product.state = "repaid";
    rt.markDirty();
    return { repayments: events.length, event_ids: events, product_state: product.state };
  });
}
