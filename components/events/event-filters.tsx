import { FilterBar } from "@/components/ui/filter-bar";
import { enumOptions } from "@/lib/format/enums";
import { EVENT_PROVIDERS, EVENT_STATUSES } from "@/lib/validations/events";

/** The filters live in the URL (nuqs), so an investigation can be shared and reloaded. */
export function EventFilters() {
  return (
    <FilterBar
      label="Event filters"
      submitLabel="Filter"
      fields={[
        { kind: "select", key: "provider", label: "Provider", options: enumOptions(EVENT_PROVIDERS) },
        { kind: "text", key: "type", label: "Type starts with", placeholder: "portfolios." },
        { kind: "select", key: "status", label: "Status", options: enumOptions(EVENT_STATUSES) },
        { kind: "text", key: "entity", label: "Entity id", placeholder: "portfolio, customer, order…" },
        { kind: "datetime", key: "from", label: "From" },
        { kind: "datetime", key: "to", label: "To" },
        // The window keeps the search fast without a text index (lib/events/event-where-sql.ts).
        { kind: "text", key: "q", label: "Text in payload", placeholder: "last 24 h unless From is set" },
      ]}
    />
  );
}
