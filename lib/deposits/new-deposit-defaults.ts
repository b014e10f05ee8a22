import "server-only";

import { getEnv } from "@/lib/env";
import { getInvestSuiteClient } from "@/lib/providers/server-clients";

/** The portfolio's base currency to prefill the form with; null when InvestSuite cannot tell (the form still works). */
export async function portfolioCurrency(portfolioId: string): Promise<string | null> {
  try {
    return (await getInvestSuiteClient().getPortfolio(portfolioId)).base_currency;
  } catch {
    return null;
  }
}

/** The threshold as the page states it ("10000 in the portfolio's currency"). */
export function depositFourEyesThreshold(): string {
  return `${getEnv().DEPOSIT_FOUR_EYES_ABOVE} in the portfolio's currency`;
}

/** Today as YYYY-MM-DD in the person's zone: the value date the form starts with. */
export function todayIn(timeZone: string, now = new Date()): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}
