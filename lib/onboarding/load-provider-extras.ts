import "server-only";

import { isProviderError } from "@/lib/providers/errors";
import { getWiseAlphaClient } from "@/lib/providers/server-clients";
import type { WiseAlphaCustomer } from "@/lib/providers/wisealpha/transform";
import { WA_QUESTIONNAIRE_TYPES } from "@/lib/providers/wisealpha/transform";

/** The offered types change with WiseAlpha's product, not per page view: kept for a minute per process. */
let investorTypesCache: { at: number; value: Promise<{ investor_types: { id: number; identifier: string; title: string }[] }> } | null =
  null;
function cachedInvestorTypes() {
  if (!investorTypesCache || Date.now() - investorTypesCache.at > 60_000) {
    const value = getWiseAlphaClient().listInvestorTypes();
    investorTypesCache = { at: Date.now(), value };
    value.catch(() => (investorTypesCache = null)); // a failure is not cached
  }
  return investorTypesCache.value;
}

const messageOf = (error: unknown) => (isProviderError(error) ? error.userMessage : "WiseAlpha could not be read; try again.");

/**
 * What the case page reads live from WiseAlpha (not in the projection): the investor
 * types on offer and each questionnaire's attempts. A failure is reported per part;
 * the case itself still shows.
 */
export async function loadProviderExtras(customer: WiseAlphaCustomer, withInvestorTypes: boolean) {
  const client = getWiseAlphaClient();
  // Only attempted questionnaires have attempts to show; the rest say "not-attempted" in the validation object.
  const types = Object.entries(customer.validation.questionnaire)
    .filter(([t, state]) => state !== "not-attempted" && (WA_QUESTIONNAIRE_TYPES as readonly string[]).includes(t))
    .map(([t]) => t);
  const [investorTypes, ...questionnaires] = await Promise.allSettled([
    withInvestorTypes ? cachedInvestorTypes() : Promise.resolve({ investor_types: [] }),
    ...types.map((type) => client.getQuestionnaire(customer.customer_id, type as (typeof WA_QUESTIONNAIRE_TYPES)[number])),
  ]);
  return {
    investorTypes: investorTypes.status === "fulfilled" ? investorTypes.value.investor_types : [],
    investorTypesError: investorTypes.status === "rejected" ? messageOf(investorTypes.reason) : null,
    questionnaires: questionnaires.map((q, i) => ({
      type: types[i]!,
      status: q.status === "fulfilled" ? q.value.user_status : null,
      error: q.status === "rejected" ? messageOf(q.reason) : null,
    })),
  };
}
