import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { DateRangeFields } from "@/components/ui/filter-fields";

/** A plain GET form: the filters live in the URL, so a view can be shared and reloaded. */
export function AuditFilters({ initial }: { initial: Record<string, string> }) {
  return (
    <form
      method="get"
      action="/audit"
      aria-label="Audit filters"
      className="mb-4 grid grid-cols-2 items-end gap-3 rounded-lg border border-slate-200 bg-white p-3 md:grid-cols-4 xl:grid-cols-[repeat(4,minmax(0,1fr))_minmax(11rem,1fr)_minmax(11rem,1fr)_auto]"
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
      <Field label="Outcome" htmlFor="f-outcome">
        <Select id="f-outcome" name="outcome" defaultValue={initial.outcome ?? ""}>
          <option value="">Any</option>
          <option value="SUCCESS">Success</option>
          <option value="DENIED">Denied</option>
          <option value="FAILURE">Failure</option>
        </Select>
      </Field>
      <DateRangeFields idPrefix="f" from={initial.from} to={initial.to} />
      <div className="flex gap-2">
        <Button type="submit">Filter</Button>
        <a href="/audit" className="inline-flex h-9 items-center px-2 text-sm underline">
          Clear
        </a>
      </div>
    </form>
  );
}
