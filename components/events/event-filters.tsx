import { Field, Input } from "@/components/ui/field";
import { DateRangeFields, ProviderSelectField } from "@/components/ui/filter-fields";
import { FilterForm, SelectField } from "@/components/ui/filter-form";

/** A plain GET form: the filters live in the URL, so an investigation can be shared and reloaded. */
export function EventFilters({ initial }: { initial: Record<string, string> }) {
  return (
    <FilterForm
      action="/events"
      label="Event filters"
      columns="md:grid-cols-4 xl:grid-cols-[repeat(4,minmax(0,1fr))_minmax(11rem,1fr)_minmax(11rem,1fr)_minmax(0,1fr)_auto]"
      submitLabel="Filter"
    >
      <ProviderSelectField id="f-provider" value={initial.provider} />
      <Field label="Type starts with" htmlFor="f-type">
        <Input id="f-type" name="type" defaultValue={initial.type} placeholder="portfolios." />
      </Field>
      <SelectField
        label="Status"
        id="f-status"
        name="status"
        value={initial.status}
        options={[
          { value: "PENDING", label: "Pending" },
          { value: "PROCESSED", label: "Processed" },
          { value: "UNHANDLED", label: "Unhandled" },
          { value: "FAILED", label: "Failed" },
          { value: "DEAD", label: "Dead" },
        ]}
      />
      <Field label="Entity id" htmlFor="f-entity">
        <Input id="f-entity" name="entity" defaultValue={initial.entity} placeholder="portfolio, customer, order…" />
      </Field>
      <DateRangeFields idPrefix="f" from={initial.from} to={initial.to} />
      <Field label="Text in payload" htmlFor="f-q">
        {/* The window keeps the search fast without a text index (lib/events/event-where-sql.ts). */}
        <Input id="f-q" name="q" defaultValue={initial.q} placeholder="last 24 h unless From is set" />
      </Field>
    </FilterForm>
  );
}
