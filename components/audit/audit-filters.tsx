import { Field, Input } from "@/components/ui/field";
import { DateRangeFields } from "@/components/ui/filter-fields";
import { FilterForm, SelectField } from "@/components/ui/filter-form";

/** A plain GET form: the filters live in the URL, so a view can be shared and reloaded. */
export function AuditFilters({ initial }: { initial: Record<string, string> }) {
  return (
    <FilterForm
      action="/audit"
      label="Audit filters"
      columns="md:grid-cols-4 xl:grid-cols-[repeat(4,minmax(0,1fr))_minmax(11rem,1fr)_minmax(11rem,1fr)_auto]"
      submitLabel="Filter"
    >
      <Field label="Action starts with" htmlFor="f-action">
        <Input id="f-action" name="action" defaultValue={initial.action} placeholder="user." />
      </Field>
      <Field label="Actor email contains" htmlFor="f-actor">
        <Input id="f-actor" name="actor" defaultValue={initial.actor} />
      </Field>
      <Field label="Target id" htmlFor="f-target">
        <Input id="f-target" name="target" defaultValue={initial.target} />
      </Field>
      <SelectField
        label="Outcome"
        id="f-outcome"
        name="outcome"
        value={initial.outcome}
        options={[
          { value: "SUCCESS", label: "Success" },
          { value: "DENIED", label: "Denied" },
          { value: "FAILURE", label: "Failure" },
          { value: "ATTEMPTED", label: "Attempted (provider write)" },
        ]}
      />
      <DateRangeFields idPrefix="f" from={initial.from} to={initial.to} />
    </FilterForm>
  );
}
