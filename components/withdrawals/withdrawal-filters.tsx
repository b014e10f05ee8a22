import { Field, Input } from "@/components/ui/field";
import { ProviderSelectField } from "@/components/ui/filter-fields";
import { FilterForm, SelectField } from "@/components/ui/filter-form";
import { WITHDRAWAL_STATES } from "@/lib/withdrawals/state-machine";

/** A plain GET form: filters and sort live in the URL, so a view of the queue can be shared and reloaded. */
export function WithdrawalFilters({ initial }: { initial: Record<string, string> }) {
  return (
    <FilterForm
      action="/withdrawals"
      label="Withdrawal filters"
      columns="md:grid-cols-3 xl:grid-cols-[repeat(5,minmax(0,1fr))_auto]"
      submitLabel="Apply"
    >
      <SelectField
        label="State"
        id="w-state"
        name="state"
        value={initial.state}
        options={WITHDRAWAL_STATES.map((s) => ({ value: s, label: s.toLowerCase().replace("_", " ") }))}
      />
      <ProviderSelectField id="w-provider" value={initial.provider} />
      <Field label="Currency" htmlFor="w-currency">
        <Input id="w-currency" name="currency" defaultValue={initial.currency} placeholder="EUR" maxLength={3} />
      </Field>
      <Field label="Portfolio id" htmlFor="w-portfolio">
        <Input id="w-portfolio" name="portfolio" defaultValue={initial.portfolio} placeholder="P…" />
      </Field>
      <SelectField
        label="Sort"
        id="w-sort"
        name="sort"
        value={initial.sort}
        any={false}
        options={[
          { value: "oldest", label: "Oldest first" },
          { value: "newest", label: "Newest first" },
          { value: "amount-desc", label: "Largest amount first" },
          { value: "amount-asc", label: "Smallest amount first" },
        ]}
      />
    </FilterForm>
  );
}
