import Decimal from "decimal.js";

/**
 * The seed's /market/quote/ arithmetic (seed 004, "Market"), in decimal.js. Prices are a
 * percentage of par (seed "Pricing": 100 buys £1 of principal for £1), so the seed's
 * `total = principal * price + interest` reads with the price as a fraction of par:
 *
 *   buys:  total = principal × price / 100 + interest
 *   sells: total = principal × price / 100 + interest − service_fee − sale_fee
 *
 * A gross buy spends `amount` (amount == total); a principal buy acquires `amount` of
 * principal (amount == principal); a sell's amount is always principal. Money is in
 * pennies: the value of the principal is rounded half up to 2 places before adding.
 */

export type BuyQuoteFigures = {
  type: "gross" | "principal";
  amount: string;
  price: string;
  principal: string;
  interest: string;
  total: string;
};
export type SellQuoteFigures = {
  amount: string;
  price: string;
  principal: string;
  interest: string;
  serviceFee: string;
  saleFee: string;
  total: string;
};

const penny = (d: Decimal) => d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);

/** What the principal costs (buy) or fetches (sell) at a price in % of par, to the penny. */
export function valueAtPrice(principal: Decimal.Value, price: Decimal.Value): Decimal {
  return penny(new Decimal(principal).mul(price).div(100));
}

export function buyTotal(f: Pick<BuyQuoteFigures, "principal" | "price" | "interest">): Decimal {
  return valueAtPrice(f.principal, f.price).add(f.interest);
}

export function sellTotal(f: Pick<SellQuoteFigures, "principal" | "price" | "interest" | "serviceFee" | "saleFee">): Decimal {
  return valueAtPrice(f.principal, f.price).add(f.interest).sub(f.serviceFee).sub(f.saleFee);
}

/** Where a buy quote does not add up by the seed's rules; empty when it does. */
export function checkBuyQuote(f: BuyQuoteFigures): string[] {
  const problems: string[] = [];
  const expected = buyTotal(f);
  if (!expected.equals(f.total)) problems.push(`total ${f.total} ≠ principal × price / 100 + interest = ${expected.toFixed(2)}`);
  if (f.type === "gross" && !new Decimal(f.amount).equals(f.total))
    problems.push(`a gross buy spends its amount, but total ${f.total} ≠ amount ${f.amount}`);
  if (f.type === "principal" && !new Decimal(f.amount).equals(f.principal))
    problems.push(`a principal buy acquires its amount, but principal ${f.principal} ≠ amount ${f.amount}`);
  return problems;
}

/** Where a sell quote does not add up by the seed's rules; empty when it does. */
export function checkSellQuote(f: SellQuoteFigures): string[] {
  const problems: string[] = [];
  const expected = sellTotal(f);
  if (!expected.equals(f.total))
    problems.push(`total ${f.total} ≠ principal × price / 100 + interest − service fee − sale fee = ${expected.toFixed(2)}`);
  if (!new Decimal(f.amount).equals(f.principal))
    problems.push(`a sell's amount is principal, but principal ${f.principal} ≠ amount ${f.amount}`);
  return problems;
}

/** How much cash a buy needs beyond what is available; null when the cash covers it. */
export function shortfall(needed: Decimal.Value, available: Decimal.Value): Decimal | null {
  const gap = new Decimal(needed).sub(available);
  return gap.greaterThan(0) ? gap : null;
}
