import { FilterBar } from "@/components/ui/filter-bar";
import { DEPOSIT_STATES } from "@/lib/deposits/state-machine";
import { enumWords } from "@/lib/format/enums";

/** Filters live in the URL (nuqs), so a view of the list can be shared and reloaded. */
export function DepositFilters() {
  return (
    <FilterBar
      label="Deposit filters"
      fields={[
        { kind: "select", key: "state", label: "State", options: DEPOSIT_STATES.map((s) => ({ value: s, label: enumWords(s) })) },
        { kind: "text", key: "portfolio", label: "Portfolio id", placeholder: "P…" },
        {
          kind: "select",
          key: "mine",
          label: "Mine",
          options: [
            { value: "awaiting-my-approval", label: "Awaiting my approval" },
            { value: "recorded-by-me", label: "Recorded by me" },
          ],
        },
      ]}
    />
  );
}
