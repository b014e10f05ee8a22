import Decimal from "decimal.js";

import { D, money, parseDecimal } from "../domain/money";
import { buyByGross, buyByPrincipal, buyFiguresJson, sellFigures, sellFiguresJson } from "../domain/quote";
import { deriveValidation } from "../domain/validation";
import { balanceOf } from "../store/ledger";
import type { Runtime } from "../store/runtime";
import type { Customer, InvestmentAccount, Product } from "../store/types";

/**
 * Reads and checks the buys/sells of a /market/ or /market/quote/ request. Structural
 * problems are errors for both endpoints; business problems (price moved, not enough
 * funds or holdings, no market access) are `warnings` in a quote and errors in /market/.
 */
type Issues = Record<string, string[]>;
export type CheckedBuy = {
  raw: Record<string, unknown>;
  product: Product;
  type: "gross" | "principal";
  amount: Decimal;
  price: Decimal;
  principal: Decimal;
  interest: Decimal;
  total: Decimal;
  errors: Issues;
  business: Issues;
};
export type CheckedSell = {
  raw: Record<string, unknown>;
  product: Product;
  amount: Decimal;
  price: Decimal;
  figures: ReturnType<typeof sellFigures>;
  errors: Issues;
  business: Issues;
};

const MARKET_FLAG = {
  main_market: "can_invest",
  high_yield: "can_invest_high_yield",
  perpetuals: "can_invest_perpetuals",
  special_situations: "can_invest_special_situations",
} as const;

const add = (issues: Issues, field: string, message: string) => (issues[field] ??= []).push(message);
const asObject = (v: unknown): Record<string, unknown> =>
  v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

function common(rt: Runtime, raw: Record<string, unknown>, errors: Issues, business: Issues) {
  const product = rt.state.products[String(raw.product_id ?? "")];
  if (raw.product_id === undefined) add(errors, "product_id", "This field is required.");
  else if (!product) add(errors, "product_id", `Invalid product "${String(raw.product_id)}".`);
  const amount = parseDecimal(raw.amount);
  if (raw.amount === undefined) add(errors, "amount", "This field is required.");
  else if (!amount) add(errors, "amount", "A valid number is required.");
  else if (!amount.greaterThan(0)) add(errors, "amount", "Ensure this value is greater than 0.");
  else if (amount.decimalPlaces() > 2) add(errors, "amount", "Ensure that there are no more than 2 decimal places.");
  const price = parseDecimal(raw.price);
  if (raw.price === undefined) add(errors, "price", "This field is required.");
  else if (!price) add(errors, "price", "A valid number is required.");
  if (raw.currency === undefined) add(errors, "currency", "This field is required.");
  if (product) {
    if (product.state !== "open") add(business, "product_id", `Product ${product.product_id} is ${product.state} and cannot be traded.`);
    if (raw.currency !== undefined && String(raw.currency).toUpperCase() !== product.currency)
      add(business, "currency", `Currency must match the product currency (${product.currency}).`);
  }
  return { product, amount: amount ?? D(0), price: price ?? D(0) };
}

export function checkBuy(rt: Runtime, customer: Customer, rawInput: unknown): CheckedBuy {
  const raw = asObject(rawInput);
  const errors: Issues = {};
  const business: Issues = {};
  const { product, amount, price } = common(rt, raw, errors, business);
  const type = raw.type === "gross" || raw.type === "principal" ? raw.type : null;
  if (!type) add(errors, "type", raw.type === undefined ? "This field is required." : `"${String(raw.type)}" is not a valid choice.`);
  const figures =
    product && type
      ? type === "gross"
        ? buyByGross(product, amount, price)
        : buyByPrincipal(product, amount, price)
      : { principal: D(0), interest: D(0), total: D(0) };
  if (product) {
    if (!price.equals(product.buy_price))
      add(business, "price", `Price does not match the current buy price for this product (${product.buy_price}).`);
    const flag = MARKET_FLAG[product.market_type];
    if (!deriveValidation(customer, rt.now())[flag])
      add(business, "product_id", `Customer cannot invest in the ${product.market_type} market (${flag} is false).`);
  }
  return { raw, product: product!, type: type ?? "gross", amount, price, ...figures, errors, business };
}

export function checkSell(rt: Runtime, account: InvestmentAccount, rawInput: unknown): CheckedSell {
  // The seed's quote example sends `principal`/`principal_currency` for sells; accept both spellings.
  const input = asObject(rawInput);
  const raw = { ...input, amount: input.amount ?? input.principal, currency: input.currency ?? input.principal_currency };
  const errors: Issues = {};
  const business: Issues = {};
  const { product, amount, price } = common(rt, raw, errors, business);
  if (product && !price.equals(product.sell_price))
    add(business, "price", `Price does not match the current sell price for this product (${product.sell_price}).`);
  const held = product ? account.holdings[product.product_id] : undefined;
  const available = held ? D(held.principal).sub(held.locked) : D(0);
  if (product && amount.greaterThan(available))
    add(business, "amount", `Customer is attempting to sell more than they own (${money(available)} available).`);
  const figures = product
    ? sellFigures(product, amount, price)
    : sellFigures({ accrued_interest_rate: "0", zero_interest_fees: true }, D(0), D(0));
  return { raw, product: product!, amount, price, figures, errors, business };
}

/** Sell liquidity a buyer can take now: open sell orders at the price, not their own. */
export function availableLiquidity(rt: Runtime, productId: string, excludeAccountId?: string): Decimal {
  const product = rt.state.products[productId];
  return Object.values(rt.state.orders)
    .filter(
      (o) =>
        o.side === "sell" &&
        o.state === "open" &&
        o.product_id === productId &&
        (!excludeAccountId || o.account_id !== excludeAccountId) &&
        product &&
        D(o.price).equals(product.sell_price),
    )
    .reduce((sum, o) => sum.add(o.amount), D(0));
}

/** Money each currency's buys need, to compare against the wallet (all or nothing). */
export function fundsShortfall(account: InvestmentAccount, buys: CheckedBuy[]): string[] {
  const need: Record<string, Decimal> = {};
  for (const b of buys) if (b.product) need[b.product.currency] = (need[b.product.currency] ?? D(0)).add(b.total);
  return Object.entries(need)
    .filter(([currency, amount]) => amount.greaterThan(balanceOf(account, currency)))
    .map(
      ([currency, amount]) =>
        `Insufficient funds: the buys need ${money(amount)} ${currency} but only ${money(balanceOf(account, currency))} ${currency} is available.`,
    );
}

export function quoteBuyJson(rt: Runtime, account: InvestmentAccount, b: CheckedBuy, shortfall: string[]) {
  const warnings = Object.values(b.business).flat();
  if (b.product && b.principal.greaterThan(availableLiquidity(rt, b.product.product_id, account.id))) {
    warnings.push(
      `Customer is attempting to buy more than is currently available (${money(availableLiquidity(rt, b.product.product_id, account.id))} of principal); the remainder will wait for a seller.`,
    );
  }
  if (b.product) warnings.push(...shortfall.filter((w) => w.includes(` ${b.product.currency} `)));
  return { ...b.raw, ...buyFiguresJson(b), warnings };
}

export function quoteSellJson(s: CheckedSell) {
  return { ...s.raw, ...sellFiguresJson(s.figures), warnings: Object.values(s.business).flat() };
}
