import Link from "next/link";

import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { CHECKLIST_ITEMS, CHECKLIST_LABELS } from "@/lib/onboarding/cashlink-checklist";
import { INVITATION_STATUS_FILTERS } from "@/lib/validations/cashlink-onboarding";

/** A plain GET form: every filter lives in the URL, so a reviewer's view can be shared and reloaded. */
export function InvitationFilters({ initial }: { initial: Record<string, string> }) {
  return (
    <form
      method="get"
      action="/onboarding/invitations"
      aria-label="Invitation filters"
      className="mb-4 grid grid-cols-2 items-end gap-3 rounded-lg border border-slate-200 bg-white p-3 md:grid-cols-4 xl:grid-cols-[repeat(7,minmax(0,1fr))_auto]"
    >
      <Field label="Stage" htmlFor="i-stage">
        <Select id="i-stage" name="stage" defaultValue={initial.stage ?? ""}>
          <option value="">Any</option>
          <option value="ready">Complete, ready to invest</option>
          <option value="incomplete">Incomplete</option>
          <option value="invested">Investment created</option>
        </Select>
      </Field>
      {CHECKLIST_ITEMS.map((item) => (
        <Field key={item} label={CHECKLIST_LABELS[item]} htmlFor={`i-${item}`}>
          <Select id={`i-${item}`} name={item} defaultValue={initial[item] ?? ""}>
            <option value="">Any</option>
            <option value="complete">Complete</option>
            <option value="incomplete">Incomplete</option>
          </Select>
        </Field>
      ))}
      <Field label="Investment status" htmlFor="i-status">
        <Select id="i-status" name="status" defaultValue={initial.status ?? ""}>
          <option value="">Any</option>
          {INVITATION_STATUS_FILTERS.map((s) => (
            <option key={s} value={s}>
              {s === "NONE" ? "No investment" : s}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Investor id" htmlFor="i-investor">
        <Input id="i-investor" name="investor" defaultValue={initial.investor} placeholder="part of the id" />
      </Field>
      <div className="flex gap-2">
        <Button type="submit">Apply</Button>
        <Link href="/onboarding/invitations" className="inline-flex h-9 items-center px-2 text-sm underline">
          Clear
        </Link>
      </div>
    </form>
  );
}
