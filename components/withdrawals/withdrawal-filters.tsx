import { FilterBar } from "@/components/ui/filter-bar";
import { selectFilter, sortFilter, textFilter } from "@/components/ui/filter-field-builders";
import { enumOptions } from "@/lib/format/enums";
import { WITHDRAWAL_STATES } from "@/lib/withdrawals/state-machine";

const PROVIDERS = ["INVESTSUITE", "WISEALPHA", "CASHLINK"] as const;

/** Filters and sort live in the URL (nuqs), so a view of the queue can be shared and reloaded. */
export function WithdrawalFilters() {
  return (
    <FilterBar
      label="Withdrawal filters"
      fields={[
        selectFilter("state", "State", enumOptions(WITHDRAWAL_STATES)),
        selectFilter("provider", "Provider", enumOptions(PROVIDERS)),
        textFilter("currency", "Currency", { placeholder: "EUR", maxLength: 3 }),
        textFilter("portfolio", "Portfolio id", { placeholder: "P…" }),
        sortFilter({
          oldest: "Oldest first",
          newest: "Newest first",
          "amount-desc": "Largest amount first",
          "amount-asc": "Smallest amount first",
        }),
      ]}
    />
  );
}
