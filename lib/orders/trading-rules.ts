import type { OrderEntryState } from "@/generated/prisma/enums";

import { shortfall } from "./quote-math";

/**
 * The rules the order actions enforce and the pages show beside disabled buttons, in
 * one place so both say the same words.
 */

const CLOSED_WORDS: Record<Exclude<OrderEntryState, "OPEN" | "CONFIRM">, string> = {
  FILLED: "has been filled",
  CANCELLED: "has been cancelled",
  REPLACED: "was replaced by a newer order in its chain (a confirm at a new price or a partial fill)",
  GONE: "is no longer open at WiseAlpha",
};

/** Why an order cannot be cancelled, or null when it can (WiseAlpha cancels orders in open or confirm). */
export function whyNotCancel(state: OrderEntryState): string | null {
  if (state === "OPEN" || state === "CONFIRM") return null;
  return `This order ${CLOSED_WORDS[state]}; only open orders, or orders waiting for confirmation, can be cancelled.`;
}

/** Why an order cannot be confirmed, or null when it can (only after a price change). */
export function whyNotConfirm(state: OrderEntryState): string | null {
  if (state === "CONFIRM") return null;
  if (state === "OPEN") return "This order is open at its price; only an order suspended by a price change needs confirming.";
  return `This order ${CLOSED_WORDS[state]}; there is nothing to confirm.`;
}

export type MarketAccess = {
  status: string;
  can_invest: boolean;
  can_invest_high_yield: boolean;
  can_invest_perpetuals: boolean;
  can_invest_special_situations: boolean;
};

const MARKET_FLAG: Record<string, { flag: keyof MarketAccess; name: string; how: string }> = {
  high_yield: { flag: "can_invest_high_yield", name: "high yield", how: "the high-yield questionnaire" },
  perpetuals: { flag: "can_invest_perpetuals", name: "perpetuals", how: "the perpetual questionnaire and WiseAlpha compliance clearance" },
  special_situations: {
    flag: "can_invest_special_situations",
    name: "special situations",
    how: "the special-situation questionnaire and WiseAlpha compliance clearance",
  },
};

export type PlacementCheck = {
  side: "BUY" | "SELL";
  access: MarketAccess;
  product: { state: string; market_type: string; currency: string };
  currency: string;
  /** What the buy costs (the quote's total); null before a quote. */
  total: string | null;
  /** Uninvested cash in the order's currency. */
  available: string;
};

/** Every reason WiseAlpha would refuse this order, in words staff can pass on; empty when it may go. */
export function placementRefusals(c: PlacementCheck): string[] {
  const reasons: string[] = [];
  if (c.product.state !== "open") reasons.push(`The product is ${c.product.state}, not open for trading.`);
  if (c.currency !== c.product.currency) reasons.push(`The product trades in ${c.product.currency}, not ${c.currency}.`);
  if (c.side === "SELL") return reasons;
  if (!c.access.can_invest) {
    reasons.push(
      `WiseAlpha does not let this customer invest yet: onboarding is ${c.access.status === "invest" ? "complete but investing is blocked" : "not complete"}.`,
    );
  } else {
    const market = MARKET_FLAG[c.product.market_type];
    if (market && !c.access[market.flag])
      reasons.push(`The customer has no access to the ${market.name} market yet: it needs ${market.how}.`);
  }
  const gap = c.total === null ? null : shortfall(c.total, c.available);
  if (gap)
    reasons.push(
      `Funds are short: the buy needs ${c.total} ${c.currency}, ${c.available} ${c.currency} is available (${gap.toFixed(2)} ${c.currency} short).`,
    );
  return reasons;
}
