import Decimal from "decimal.js";

import { D, money } from "./money";

/**
 * Trade arithmetic from the seed's /market/quote/ section. Prices are % of par, so
 *   total = principal × price / 100 + interest          (buys)
 *   total = principal × price / 100 + interest − service_fee − sale_fee   (sells)
 * Interest is the accrued interest bought/sold with the principal:
 *   interest = principal × accrued_interest_rate.
 * Fee rates reproduce the seed's sell example (500 principal, 2.50 interest →
 * service_fee 0.25, sale_fee 1.25, total 501.00).
 */

/** Early-sale fee: 0.25% of the sale value. */
export const SALE_FEE_RATE = D("0.0025");
/** Service fee accumulated while holding: 10% of the interest, waived on zero-fee products. */
export const SERVICE_FEE_SHARE = D("0.10");

export type PricedProduct = { accrued_interest_rate: string; zero_interest_fees: boolean };

const round2 = (d: Decimal) => d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
const floor2 = (d: Decimal) => d.toDecimalPlaces(2, Decimal.ROUND_DOWN);
const ofPar = (principal: Decimal, price: Decimal) => round2(principal.mul(price).div(100));

export type BuyFigures = { principal: Decimal; interest: Decimal; total: Decimal };

/** A principal buy: `amount` is the principal wanted. */
export function buyByPrincipal(product: PricedProduct, principal: Decimal, price: Decimal): BuyFigures {
  const interest = round2(principal.mul(product.accrued_interest_rate));
  return { principal, interest, total: ofPar(principal, price).add(interest) };
}

/**
 * A gross buy: `amount` is the money to spend, and amount == total (seed). The
 * principal is the most whole-penny principal the money buys; the interest is the
 * remainder, so nothing is lost to rounding.
 */
export function buyByGross(product: PricedProduct, amount: Decimal, price: Decimal): BuyFigures {
  const perUnit = price.div(100).add(product.accrued_interest_rate);
  const principal = perUnit.isZero() ? D(0) : floor2(amount.div(perUnit));
  const interest = amount.sub(ofPar(principal, price));
  return { principal, interest, total: amount };
}

export type SellFigures = { principal: Decimal; interest: Decimal; service_fee: Decimal; sale_fee: Decimal; total: Decimal };

/** A sell: `amount` is always principal. */
export function sellFigures(product: PricedProduct, principal: Decimal, price: Decimal): SellFigures {
  const interest = round2(principal.mul(product.accrued_interest_rate));
  const value = ofPar(principal, price);
  const service_fee = product.zero_interest_fees ? D(0) : round2(interest.mul(SERVICE_FEE_SHARE));
  const sale_fee = round2(value.mul(SALE_FEE_RATE));
  return { principal, interest, service_fee, sale_fee, total: value.add(interest).sub(service_fee).sub(sale_fee) };
}

export function buyFiguresJson(f: BuyFigures) {
  return { principal: money(f.principal), interest: money(f.interest), total: money(f.total) };
}

export function sellFiguresJson(f: SellFigures) {
  return {
    principal: money(f.principal),
    interest: money(f.interest),
    service_fee: money(f.service_fee),
    sale_fee: money(f.sale_fee),
    total: money(f.total),
  };
}
