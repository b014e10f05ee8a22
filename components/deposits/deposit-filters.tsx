import { FilterBar } from "@/components/ui/filter-bar";
import { choices, selectFilter, textFilter } from "@/components/ui/filter-field-builders";
import { DEPOSIT_STATES } from "@/lib/deposits/state-machine";
import { enumOptions } from "@/lib/format/enums";

/** Filters live in the URL (nuqs), so a view of the list can be shared and reloaded. */
export function DepositFilters() {
  return (
    <FilterBar
      label="Deposit filters"
      fields={[
        selectFilter("state", "State", enumOptions(DEPOSIT_STATES)),
        textFilter("portfolio", "Portfolio id", { placeholder: "P…" }),
        selectFilter("mine", "Mine", choices({ "awaiting-my-approval": "Awaiting my approval", "recorded-by-me": "Recorded by me" })),
      ]}
    />
  );
}
