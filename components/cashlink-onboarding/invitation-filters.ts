import type { FilterField } from "@/components/ui/filter-bar";
import { choices, selectFilter, textFilter } from "@/components/ui/filter-field-builders";
import { enumOptions } from "@/lib/format/enums";
import { CHECKLIST_ITEMS, CHECKLIST_LABELS } from "@/lib/onboarding/cashlink-checklist";
import { INVESTMENT_STATUS_WORDS } from "@/lib/onboarding/cashlink-words";
import { INVITATION_STATUS_FILTERS } from "@/lib/validations/cashlink-onboarding";

const COMPLETENESS = choices({ complete: "Complete", incomplete: "Incomplete" });

/** The invitations list's filter bar (keys: lib/onboarding/url-state.ts). */
export const INVITATION_FILTER_FIELDS: readonly FilterField[] = [
  selectFilter("stage", "Stage", choices({ ready: "Complete, ready to invest", incomplete: "Incomplete", invested: "Investment created" })),
  ...CHECKLIST_ITEMS.map((item) => selectFilter(item, CHECKLIST_LABELS[item], COMPLETENESS)),
  selectFilter("status", "Investment status", enumOptions(INVITATION_STATUS_FILTERS, INVESTMENT_STATUS_WORDS)),
  textFilter("investor", "Investor id", { placeholder: "part of the id", maxLength: 200 }),
];
