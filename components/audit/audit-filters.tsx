import { FilterBar } from "@/components/ui/filter-bar";

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
          options: [
            { value: "SUCCESS", label: "Success" },
            { value: "DENIED", label: "Denied" },
            { value: "FAILURE", label: "Failure" },
            { value: "ATTEMPTED", label: "Attempted (provider write)" },
          ],
        },
        { kind: "datetime", key: "from", label: "From" },
        { kind: "datetime", key: "to", label: "To" },
      ]}
    />
  );
}
