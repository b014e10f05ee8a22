import { FilterBar } from "@/components/ui/filter-bar";
import { enumOptions } from "@/lib/format/enums";
import { AUDIT_OUTCOMES } from "@/lib/validations/audit";

/** The audit trail's filters, in the URL (nuqs), so a view can be shared and reloaded. */
export function AuditFilters() {
  return (
    <FilterBar
      label="Audit filters"
      submitLabel="Filter"
      fields={[
        { kind: "text", key: "action", label: "Action starts with", placeholder: "user." },
        { kind: "text", key: "actor", label: "Actor email contains" },
        { kind: "text", key: "target", label: "Target id" },
        {
          kind: "select",
          key: "outcome",
          label: "Outcome",
          options: enumOptions(AUDIT_OUTCOMES, { ATTEMPTED: "Attempted (provider write)" }),
        },
        { kind: "datetime", key: "from", label: "From" },
        { kind: "datetime", key: "to", label: "To" },
      ]}
    />
  );
}
