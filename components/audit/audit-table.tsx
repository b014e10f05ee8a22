"use client";

import { Badge } from "@/components/ui/badge";
import { momentColumn } from "@/components/ui/data-table/cells";
import type { DataTableColumn } from "@/components/ui/data-table/columns";
import { DataTable } from "@/components/ui/data-table/data-table";
import { DataTablePager } from "@/components/ui/data-table/data-table-pager";
import { EnumText } from "@/components/ui/enum-text";

export type AuditTableEntry = {
  id: string;
  createdAt: string;
  actorEmail: string | null;
  actorRole: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  outcome: "SUCCESS" | "DENIED" | "FAILURE" | "ATTEMPTED";
  requestId: string | null;
  ip: string | null;
  details: string;
};

const OUTCOME_TONE = { SUCCESS: "good", DENIED: "warn", FAILURE: "bad", ATTEMPTED: "neutral" } as const;

const COLUMNS: DataTableColumn<AuditTableEntry>[] = [
  momentColumn<AuditTableEntry>("time", "Time", (r) => r.createdAt),
  {
    id: "actor",
    header: "Actor",
    cell: ({ row }) => (
      <span className="break-words">
        {row.original.actorEmail ?? "—"}
        {row.original.actorRole && <EnumText value={row.original.actorRole} className="ml-1 text-xs text-slate-700" />}
      </span>
    ),
  },
  { id: "action", header: "Action", cell: ({ row }) => <span className="font-mono text-xs">{row.original.action}</span> },
  {
    id: "target",
    header: "Target",
    meta: { className: "max-w-48 break-all text-xs" },
    cell: ({ row }) => (row.original.targetId ? `${row.original.targetType ?? ""} ${row.original.targetId}` : "—"),
  },
  {
    id: "outcome",
    header: "Outcome",
    cell: ({ row }) => (
      <Badge tone={OUTCOME_TONE[row.original.outcome]} title={row.original.outcome}>
        <EnumText value={row.original.outcome} />
      </Badge>
    ),
  },
  {
    id: "details",
    header: "Details",
    // Long details wrap inside a bounded column and fold away, instead of widening the page.
    meta: { className: "max-w-sm min-w-48" },
    cell: ({ row }) => {
      const d = row.original.details;
      if (d === "{}") return null;
      if (d.length <= 120) return <code className="font-mono text-xs break-all text-slate-800">{d}</code>;
      return (
        <details>
          <summary className="cursor-pointer text-xs text-slate-800">
            <code className="break-all">{d.slice(0, 80)}…</code>
          </summary>
          <pre className="mt-1 max-h-64 overflow-auto text-xs break-all whitespace-pre-wrap text-slate-800">{d}</pre>
        </details>
      );
    },
  },
  {
    id: "request",
    header: "Request / IP",
    cell: ({ row }) => (
      <span className="font-mono text-xs text-slate-700" title={row.original.requestId ?? undefined}>
        {row.original.requestId?.slice(0, 8) ?? "—"}
        <br />
        {row.original.ip ?? ""}
      </span>
    ),
  },
];

/** The audit trail, newest first, paged by keyset (the trail only grows). */
export function AuditTable({ entries, nextCursor }: { entries: AuditTableEntry[]; nextCursor?: string | null }) {
  return (
    <DataTable
      label="Audit entries"
      columns={COLUMNS}
      data={entries}
      empty="No audit entries match these filters."
      rowTestId="audit-row"
      footer={nextCursor !== undefined && <DataTablePager mode="keyset" nextCursor={nextCursor} shown={entries.length} noun="entries" />}
    />
  );
}
