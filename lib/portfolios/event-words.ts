import { enumWords } from "@/lib/format/enums";

/**
 * InvestSuite's outbound event types (seed 000) and their values in words, for a portfolio's
 * timeline. The raw type stays on the event's own page; here a reader sees what happened.
 */
export const INVESTSUITE_EVENT_WORDS: Readonly<Record<string, string>> = {
  "portfolios.creation": "Portfolio created",
  "portfolios.status-update": "Portfolio status changed",
  "portfolios.divest-amount-update": "Withdrawal requested (divest amount)",
  "portfolios.cash-available-for-withdrawal": "Cash available for withdrawal",
  "portfolios.profile-created-for-portfolio": "Suitability profile linked",
  "portfolios.profile-updated-for-portfolio": "Suitability profile changed",
  "optimizations.status-update": "Optimization",
  "optimizations.owner-choice-update": "Owner's choice on optimization",
  "assessments.assessment-status-update": "Assessment status changed",
};

/** Optimization status (PENDING, SUCCESS, FAILURE, INFEASIBLE, NOT_OPTIMIZED) and owner choice (ACCEPT, REJECT, REOPTIMIZE, IGNORED). */
export const OPTIMIZATION_VALUE_WORDS: Readonly<Record<string, string>> = {
  PENDING: "pending",
  SUCCESS: "succeeded",
  FAILURE: "failed",
  INFEASIBLE: "infeasible under the policy's constraints",
  NOT_OPTIMIZED: "not optimized",
  ACCEPT: "accepted",
  REJECT: "rejected",
  REOPTIMIZE: "asked to optimize again",
  IGNORED: "ignored",
};

const str = (v: unknown) => (typeof v === "string" && v !== "" ? v : null);

/** One line: what the event says, e.g. "Optimization succeeded, recommended" or "Owner's choice on optimization: accepted". */
export function describeInvestSuiteEvent(type: string, payload: unknown): string {
  const title = INVESTSUITE_EVENT_WORDS[type] ?? enumWords(type);
  const data = (payload as { data?: Record<string, unknown> } | null)?.data ?? {};
  const value = str(data.value);
  switch (type) {
    case "optimizations.status-update": {
      if (!value) return title;
      const rec = data.is_recommended === true ? ", recommended" : data.is_recommended === false ? ", not recommended" : "";
      return `${title} ${OPTIMIZATION_VALUE_WORDS[value] ?? enumWords(value).toLowerCase()}${rec}`;
    }
    case "optimizations.owner-choice-update":
      return value ? `${title}: ${OPTIMIZATION_VALUE_WORDS[value] ?? enumWords(value).toLowerCase()}` : title;
    case "portfolios.status-update":
    case "assessments.assessment-status-update":
      return value ? `${title}: ${enumWords(value).toLowerCase()}` : title;
    default:
      return title;
  }
}
