import { createHash } from "node:crypto";

import Decimal from "decimal.js";

import { FULL_WITHDRAWAL } from "./decimal-json";
import type { Portfolio } from "./state";

/**
 * Holdings maths for the withdrawal flow, all in decimal.js. Instruments get a stable
 * sandbox price (from their ISIN) in the portfolio's base currency, so "freeing cash"
 * is reproducible. Real prices are not part of the documented contract.
 */
export function instrumentPrice(isin: string): Decimal {
  const n = createHash("sha256").update(isin).digest().readUInt32BE(0);
  return new Decimal(1000 + (n % 49_000)).div(100);
}

export const cashKey = (currency: string) => `$${currency}`;
export const isCash = (key: string) => key.startsWith("$");

/** The requested total, or null when no withdrawal is pending (null or 0). */
export function pendingDivest(p: Portfolio): Decimal | null {
  const raw = p.config.manager_settings.divest_amount;
  if (raw === null || raw === undefined) return null;
  const amount = new Decimal(String(raw));
  return amount.isZero() ? null : amount;
}

export const isFullWithdrawal = (amount: Decimal) => amount.gte(FULL_WITHDRAWAL);

/**
 * Docs: cash is available when the base-currency cash covers the divest amount; for a
 * full withdrawal (1e100) once no instrument position is left and some cash is.
 */
export function hasCashForWithdrawal(p: Portfolio): boolean {
  const divest = pendingDivest(p);
  if (!divest) return false;
  const cash = new Decimal(p.portfolio[cashKey(p.base_currency)] ?? "0");
  if (isFullWithdrawal(divest)) {
    return cash.gt(0) && Object.entries(p.portfolio).every(([key, qty]) => isCash(key) || new Decimal(qty).isZero());
  }
  return cash.gte(divest);
}

/**
 * What the optimizer's sell orders would leave: instruments sold (largest position value
 * first) until the cash covers the divest amount, or everything for a full withdrawal.
 * Partial sells are in whole units rounded up, so cash may exceed the request slightly.
 */
export function holdingsAfterFreeingCash(p: Portfolio): Record<string, string> {
  const divest = pendingDivest(p);
  const key = cashKey(p.base_currency);
  const next = { ...p.portfolio };
  let cash = new Decimal(next[key] ?? "0");
  const positions = Object.entries(next)
    .filter(([k, qty]) => !isCash(k) && new Decimal(qty).gt(0))
    .map(([isin, qty]) => ({ isin, qty: new Decimal(qty), price: instrumentPrice(isin) }))
    .sort((a, b) => b.qty.mul(b.price).cmp(a.qty.mul(a.price)));
  for (const { isin, qty, price } of positions) {
    if (!divest) break;
    if (!isFullWithdrawal(divest) && cash.gte(divest)) break;
    const needed = isFullWithdrawal(divest) ? qty : Decimal.min(qty, divest.minus(cash).div(price).ceil());
    cash = cash.plus(needed.mul(price));
    const left = qty.minus(needed);
    if (left.isZero()) delete next[isin];
    else next[isin] = left.toString();
  }
  next[key] = cash.toString();
  return next;
}

/** Uninvested base-currency cash, used to decide whether an optimization is recommended. */
export function baseCash(p: Portfolio): Decimal {
  return new Decimal(p.portfolio[cashKey(p.base_currency)] ?? "0");
}
