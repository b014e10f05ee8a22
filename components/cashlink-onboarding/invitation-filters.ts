import type { FilterField } from "@/components/ui/filter-bar";
import { enumOptions } from "@/lib/format/enums";
import { CHECKLIST_ITEMS, CHECKLIST_LABELS } from "@/lib/onboarding/cashlink-checklist";
import { INVESTMENT_STATUS_WORDS } from "@/lib/onboarding/cashlink-words";
import { INVITATION_STATUS_FILTERS } from "@/lib/validations/cashlink-onboarding";

const COMPLETENESS = [
  { value: "complete", label: "Complete" },
  { value: "incomplete", label: "Incomplete" },
];

/** The invitations list's filter bar (keys: lib/onboarding/url-state.ts). */
export const INVITATION_FILTER_FIELDS: readonly FilterField[] = [
  {
    kind: "select",
    key: "stage",
    label: "Stage",
    options: [
      { value: "ready", label: "Complete, ready to invest" },
      { value: "incomplete", label: "Incomplete" },
      { value: "invested", label: "Investment created" },
    ],
  },
  ...CHECKLIST_ITEMS.map((item): FilterField => ({ kind: "select", key: item, label: CHECKLIST_LABELS[item], options: COMPLETENESS })),
  {
    kind: "select",
    key: "status",
    label: "Investment status",
    options: enumOptions(INVITATION_STATUS_FILTERS, INVESTMENT_STATUS_WORDS),
  },
  { kind: "text", key: "investor", label: "Investor id", placeholder: "part of the id", maxLength: 200 },
];
