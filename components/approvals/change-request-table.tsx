"use client";

import { Badge } from "@/components/ui/badge";
import type { DataTableColumn } from "@/components/ui/data-table/columns";
import { DataTable } from "@/components/ui/data-table/data-table";
import { DateTime } from "@/components/ui/date-time";
import { enumWords } from "@/lib/format/enums";
import type { ChangeRequestRow } from "@/lib/four-eyes/list-change-requests";

import { ChangeRequestActions } from "./change-request-actions";

const TONE = {
  PENDING: "warn",
  APPROVED: "info",
  EXECUTED: "good",
  FAILED: "bad",
  REJECTED: "bad",
  CANCELLED: "neutral",
  EXPIRED: "neutral",
} as const;

const COLUMNS: DataTableColumn<ChangeRequestRow>[] = [
  {
    id: "what",
    header: "What",
    meta: { className: "max-w-sm" },
    cell: ({ row }) => (
      <>
        <p className="font-medium">{row.original.summary}</p>
        <p className="text-xs text-slate-700">{row.original.description}</p>
      </>
    ),
  },
  {
    id: "values",
    header: "Values",
    meta: { className: "max-w-xs" },
    cell: ({ row }) => (
      <dl className="grid grid-cols-[auto_1fr] gap-x-2 text-xs">
        {Object.entries(row.original.values).map(([key, value]) => (
          <div key={key} className="contents">
            <dt className="text-slate-700">{key}</dt>
            <dd className="font-mono break-all">{value ?? "—"}</dd>
          </div>
        ))}
      </dl>
    ),
  },
  {
    id: "asked",
    header: "Asked by",
    cell: ({ row }) => (
      <>
        <p>{row.original.mine ? "You" : row.original.requestedBy}</p>
        <DateTime value={row.original.requestedAt} className="text-xs text-slate-700" />
      </>
    ),
  },
  {
    id: "state",
    header: "State",
    cell: ({ row }) => (
      <>
        <Badge tone={TONE[row.original.state]} title={row.original.state}>
          {enumWords(row.original.state)}
        </Badge>
        {row.original.state === "PENDING" && (
          <p className="mt-1 text-xs text-slate-700">
            expires <DateTime value={row.original.expiresAt} />
          </p>
        )}
      </>
    ),
  },
  {
    id: "decision",
    header: "Decision",
    enableHiding: false,
    cell: ({ row }) => {
      const r = row.original;
      if (r.state === "PENDING") return <ChangeRequestActions row={r} />;
      return (
        <div className="text-xs text-slate-700">
          {r.decidedBy && <p>by {r.decidedBy}</p>}
          {r.decidedAt && <DateTime value={r.decidedAt} />}
          {r.reason && <p>Reason: {r.reason}</p>}
          {r.error && <p className="text-red-700">{r.error}</p>}
          {r.state === "APPROVED" && <p className="text-amber-800">Sent to the provider; no outcome recorded yet. Check there.</p>}
        </div>
      );
    },
  },
];

export function ChangeRequestTable({
  rows,
  empty,
  label = "Change requests",
}: {
  rows: ChangeRequestRow[];
  empty: string;
  label?: string;
}) {
  return (
    <DataTable
      label={label}
      columns={COLUMNS}
      data={rows}
      empty={empty}
      rowAttributes={(r) => ({ "data-testid": `change-request-${r.id}` })}
    />
  );
}
