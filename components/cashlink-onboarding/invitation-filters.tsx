import { Field, Input } from "@/components/ui/field";
import { FilterForm, SelectField } from "@/components/ui/filter-form";
import { CHECKLIST_ITEMS, CHECKLIST_LABELS } from "@/lib/onboarding/cashlink-checklist";
import { INVITATION_STATUS_FILTERS } from "@/lib/validations/cashlink-onboarding";

/** A plain GET form: every filter lives in the URL, so a reviewer's view can be shared and reloaded. */
export function InvitationFilters({ initial }: { initial: Record<string, string> }) {
  return (
    <FilterForm
      action="/onboarding/invitations"
      label="Invitation filters"
      columns="md:grid-cols-4 xl:grid-cols-[repeat(7,minmax(0,1fr))_auto]"
      submitLabel="Apply"
    >
      <SelectField
        label="Stage"
        id="i-stage"
        name="stage"
        value={initial.stage}
        options={[
          { value: "ready", label: "Complete, ready to invest" },
          { value: "incomplete", label: "Incomplete" },
          { value: "invested", label: "Investment created" },
        ]}
      />
      {CHECKLIST_ITEMS.map((item) => (
        <SelectField
          key={item}
          label={CHECKLIST_LABELS[item]}
          id={`i-${item}`}
          name={item}
          value={initial[item]}
          options={[
            { value: "complete", label: "Complete" },
            { value: "incomplete", label: "Incomplete" },
          ]}
        />
      ))}
      <SelectField
        label="Investment status"
        id="i-status"
        name="status"
        value={initial.status}
        options={INVITATION_STATUS_FILTERS.map((s) => ({ value: s, label: s === "NONE" ? "No investment" : s }))}
      />
      <Field label="Investor id" htmlFor="i-investor">
        <Input id="i-investor" name="investor" defaultValue={initial.investor} placeholder="part of the id" />
      </Field>
    </FilterForm>
  );
}
