import Link from "next/link";

import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { DateRangeFields, ProviderSelectField } from "@/components/ui/filter-fields";

/** A plain GET form: the filters live in the URL, so an investigation can be shared and reloaded. */
export function EventFilters({ initial }: { initial: Record<string, string> }) {
  return (
    <form
      method="get"
      action="/events"
      aria-label="Event filters"
      className="mb-4 grid grid-cols-2 items-end gap-3 rounded-lg border border-slate-200 bg-white p-3 md:grid-cols-4 xl:grid-cols-[repeat(4,minmax(0,1fr))_minmax(11rem,1fr)_minmax(11rem,1fr)_minmax(0,1fr)_auto]"
    >
      <ProviderSelectField id="f-provider" value={initial.provider} />
      <Field label="Type starts with" htmlFor="f-type">
        <Input id="f-type" name="type" defaultValue={initial.type} placeholder="portfolios." />
      </Field>
      <Field label="Status" htmlFor="f-status">
        <Select id="f-status" name="status" defaultValue={initial.status ?? ""}>
          <option value="">Any</option>
          <option value="PENDING">Pending</option>
          <option value="PROCESSED">Processed</option>
          <option value="UNHANDLED">Unhandled</option>
          <option value="FAILED">Failed</option>
          <option value="DEAD">Dead</option>
        </Select>
      </Field>
      <Field label="Entity id" htmlFor="f-entity">
        <Input id="f-entity" name="entity" defaultValue={initial.entity} placeholder="portfolio, customer, order…" />
      </Field>
      <DateRangeFields idPrefix="f" from={initial.from} to={initial.to} />
      <Field label="Text in payload" htmlFor="f-q">
        {/* The window keeps the search fast without a text index (lib/data/events/event-where-sql.ts). */}
        <Input id="f-q" name="q" defaultValue={initial.q} placeholder="last 24 h unless From is set" />
      </Field>
      <div className="flex gap-2">
        <Button type="submit">Filter</Button>
        <Link href="/events" className="inline-flex h-9 items-center px-2 text-sm underline">
          Clear
        </Link>
      </div>
    </form>
  );
}
