import Link from "next/link";

import { AuditFilters } from "@/components/audit/audit-filters";
import { AuditTable } from "@/components/audit/audit-table";
import { FilterIgnoredAlert } from "@/components/ui/filter-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePagePermission } from "@/lib/auth/session";
import { findAuditEntries } from "@/lib/audit/find-audit-entries";
import { auditFilterSchema, parseAuditFilter } from "@/lib/validations/audit";

export const metadata = { title: "Audit" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AuditPage({ searchParams }: Props) {
  await requirePagePermission("audit.read");
  const raw = await searchParams;
  const parsed = parseAuditFilter(raw);
  const filter = parsed.success ? parsed.data : auditFilterSchema.parse({});
  const { entries, nextCursor } = await findAuditEntries(filter);

  const query = new URLSearchParams(
    Object.entries(raw).flatMap(([k, v]) => (typeof v === "string" && v && k !== "before" ? [[k, v]] : [])),
  );
  const exportHref = `/api/audit/export?${query.toString()}`;
  const olderHref = nextCursor ? `/audit?${new URLSearchParams([...query, ["before", nextCursor]]).toString()}` : null;

  return (
    <>
      <PageHeader
        title="Audit trail"
        description="Every state change and refused attempt, newest first. Entries cannot be changed or deleted."
        actions={
          <a href={exportHref} className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm hover:bg-slate-100" download>
            Export CSV
          </a>
        }
      />
      <AuditFilters initial={Object.fromEntries(query)} />
      <FilterIgnoredAlert error={parsed.error} />
      <AuditTable
        entries={entries.map((e) => ({
          ...e,
          id: e.id.toString(),
          createdAt: e.createdAt.toISOString(),
          details: JSON.stringify(e.details),
        }))}
      />
      <div className="mt-4 flex gap-3 text-sm">
        {raw.before && (
          <Link className="underline" href={`/audit?${query.toString()}`}>
            Newest
          </Link>
        )}
        {olderHref && (
          <Link className="underline" href={olderHref}>
            Older entries
          </Link>
        )}
      </div>
    </>
  );
}
