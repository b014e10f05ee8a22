import { FilterBar } from "@/components/ui/filter-bar";
import { enumOptions } from "@/lib/format/enums";
import { WITHDRAWAL_STATES } from "@/lib/withdrawals/state-machine";

const PROVIDERS = ["INVESTSUITE", "WISEALPHA", "CASHLINK"] as const;

/** Filters and sort live in the URL (nuqs), so a view of the queue can be shared and reloaded. */
export function WithdrawalFilters() {
  return (
    <FilterBar
      label="Withdrawal filters"
      fields={[
        { kind: "select", key: "state", label: "State", options: enumOptions(WITHDRAWAL_STATES) },
        { kind: "select", key: "provider", label: "Provider", options: enumOptions(PROVIDERS) },
        { kind: "text", key: "currency", label: "Currency", placeholder: "EUR", maxLength: 3 },
        { kind: "text", key: "portfolio", label: "Portfolio id", placeholder: "P…" },
        {
          kind: "select",
          key: "sort",
          label: "Sort",
          any: false,
          options: [
            { value: "oldest", label: "Oldest first" },
            { value: "newest", label: "Newest first" },
            { value: "amount-desc", label: "Largest amount first" },
            { value: "amount-asc", label: "Smallest amount first" },
          ],
        },
      ]}
    />
  );
}
