import type { SearchParams } from "nuqs/server";

import { AuditFilters } from "@/components/audit/audit-filters";
import { AuditTable } from "@/components/audit/audit-table";
import { safePageSize } from "@/components/ui/data-table/url-state";
import { FilterIgnoredAlert } from "@/components/ui/filter-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePagePermission } from "@/lib/auth/session";
import { findAuditEntries } from "@/lib/audit/find-audit-entries";
import { loadAuditSearchParams, serializeAuditSearchParams } from "@/lib/audit/url-state";
import { auditFilterSchema, parseAuditFilter } from "@/lib/validations/audit";

export const metadata = { title: "Audit" };

type Props = { searchParams: Promise<SearchParams> };

export default async function AuditPage({ searchParams }: Props) {
  await requirePagePermission("audit.read");
  const { cursor, size, ...filters } = await loadAuditSearchParams(searchParams);
  const raw = Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== null)) as Record<string, string>;
  const parsed = parseAuditFilter({ ...raw, before: cursor ?? undefined });
  const filter = parsed.success ? parsed.data : auditFilterSchema.parse({});
  const { entries, nextCursor } = await findAuditEntries(filter, safePageSize(size));
  // The export takes the same filters (every page of them), not the cursor.
  const exportHref = `/api/audit/export${serializeAuditSearchParams(parsed.success ? filters : {})}`;

  return (
    <>
      <PageHeader
        title="Audit trail"
        description="Every state change and refused attempt, newest first. Entries cannot be changed or deleted."
        actions={
          <a
            href={exportHref}
            className="inline-flex min-h-9 items-center rounded-md border border-slate-300 bg-white px-3 text-sm hover:bg-slate-100"
            download
          >
            Export CSV
          </a>
        }
      />
      <AuditFilters />
      <FilterIgnoredAlert error={parsed.error} />
      <AuditTable
        entries={entries.map((e) => ({
          ...e,
          id: e.id.toString(),
          createdAt: e.createdAt.toISOString(),
          details: JSON.stringify(e.details),
        }))}
        nextCursor={nextCursor}
      />
    </>
  );
}
