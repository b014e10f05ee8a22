import Decimal from "decimal.js";

import type { Campaign, Money } from "./types";

/**
 * Cashlink's own getting-started example uses three decimals for EUR
 * (`{"amount": "40000000", "decimals": 3}` = EUR 40,000.000); we copy that so
 * clients that assume two cent digits fail here rather than in production.
 */
export const MONEY_DECIMALS = 3;

export function toMoney(value: Decimal.Value, currency: string): Money {
  const minor = new Decimal(value).times(new Decimal(10).pow(MONEY_DECIMALS));
  if (!minor.isInteger()) throw new Error(`Amount ${String(value)} has more than ${MONEY_DECIMALS} decimals`);
  return { amount: minor.toFixed(0), decimals: MONEY_DECIMALS, currency };
}

export function investmentAmount(campaign: Campaign, units: number): Decimal {
  return new Decimal(campaign.unit_price).times(units);
}

/** "EUR 1,100.00" for error messages people read. */
export function formatAmount(value: Decimal, currency: string): string {
  const [whole = "0", fraction = "00"] = value.toFixed(2).split(".");
  return `${currency} ${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}.${fraction}`;
}
