import Decimal from "decimal.js";

import type { Portfolio } from "@/lib/providers/investsuite/transform";

/**
 * Why a portfolio may not be closed, or null. InvestSuite deletes any object given the rights
 * (seed 002 "Delete portfolio"); these are the bank's own rules on top, so customer money is
 * never left in a deleted portfolio: real money must hold nothing and have no pending withdrawal.
 */
export function closeRefusal(p: Pick<Portfolio, "deleted" | "money_type" | "portfolio" | "config">): string | null {
  if (p.deleted) return "This portfolio is already closed.";
  const divest = p.config.manager_settings.divest_amount;
  if (divest != null && !new Decimal(divest).isZero()) return "A withdrawal is pending; settle it before closing the portfolio.";
  if (p.money_type === "REAL_MONEY") {
    const held = Object.entries(p.portfolio).filter(([, quantity]) => !new Decimal(quantity).isZero());
    if (held.length > 0) return `The portfolio still holds ${held.map(([key]) => key).join(", ")}; empty it before closing.`;
  }
  return null;
}
