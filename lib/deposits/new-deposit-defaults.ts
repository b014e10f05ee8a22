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
