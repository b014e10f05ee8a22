import { createLoader, parseAsString } from "nuqs/server";

import { offsetPagingParsers } from "@/components/ui/data-table/url-state";
import { CHECKLIST_ITEMS } from "@/lib/onboarding/cashlink-checklist";

/**
 * The onboarding lists' URLs, read through nuqs. Values are read as text and then checked by
 * the area's zod schemas (lib/validations/onboarding.ts, cashlink-onboarding.ts), so a bad value
 * is reported and ignored instead of silently dropped. `page` and `size` are the kit pager's keys.
 */
const text = (keys: readonly string[]) => Object.fromEntries(keys.map((k) => [k, parseAsString])) as Record<string, typeof parseAsString>;
const PAGING = ["page", "size"] as const;

export const loadCaseList = createLoader(text(["view", "status", "subject", "q", "queue", ...PAGING]));
export const loadCustomerList = createLoader(text(["filter", "q", ...PAGING]));
export const loadAssessmentList = createLoader(text(["status", "user", "portfolio", ...PAGING]));
export const loadInvitationList = createLoader(text(["stage", ...CHECKLIST_ITEMS, "status", "investor", ...PAGING]));
export const loadInvestmentList = createLoader(text(["status", "investor", ...PAGING]));
/** Only paging: Cashlink filters investors by nothing we could offer here. */
export const loadCashlinkInvestorList = createLoader(offsetPagingParsers);
