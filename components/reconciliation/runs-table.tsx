"use client";

import type { DataTableColumn } from "@/components/ui/data-table/columns";
import { DataTable } from "@/components/ui/data-table/data-table";
import { DateTime } from "@/components/ui/date-time";
import { EnumText } from "@/components/ui/enum-text";
import { CheckName } from "@/components/reconciliation/check-name";

export type CheckFiguresRow = {
  id: string;
  check: string;
  provider: string;
  status: string;
  objectsChecked: number;
  providerCallCount: number;
  driftFound: number;
  opened: number;
  closed: number;
  durationMs: number | null;
  error: string | null;
};

export type RunRow = {
  id: string;
  trigger: string;
  status: string;
  startedAt: string;
  durationMs: number | null;
  checks: number;
  driftFound: number;
  opened: number;
  closed: number;
  providerCalls: number;
};

const seconds = (ms: number | null) => (ms === null ? "—" : `${(ms / 1000).toFixed(1)} s`);
const num = { meta: { numeric: true } } as const;

const runColumns: DataTableColumn<RunRow>[] = [
  { id: "started", header: "Started", cell: ({ row }) => <DateTime value={row.original.startedAt} /> },
  { id: "trigger", header: "Trigger", cell: ({ row }) => <EnumText value={row.original.trigger} /> },
  { id: "status", header: "Status", cell: ({ row }) => <EnumText value={row.original.status} /> },
  { id: "duration", header: "Duration", ...num, cell: ({ row }) => seconds(row.original.durationMs) },
  { id: "checks", header: "Checks", ...num, cell: ({ row }) => row.original.checks },
  { id: "calls", header: "Provider calls", ...num, cell: ({ row }) => row.original.providerCalls },
  { id: "found", header: "Drift found", ...num, cell: ({ row }) => row.original.driftFound },
  { id: "opened", header: "Opened", ...num, cell: ({ row }) => row.original.opened },
  { id: "closed", header: "Closed", ...num, cell: ({ row }) => row.original.closed },
];

const checkColumns: DataTableColumn<CheckFiguresRow>[] = [
  { id: "check", header: "Check", cell: ({ row }) => <CheckName name={row.original.check} /> },
  { id: "status", header: "Status", cell: ({ row }) => <EnumText value={row.original.status} /> },
  { id: "objects", header: "Objects checked", ...num, cell: ({ row }) => row.original.objectsChecked },
  { id: "calls", header: "Provider calls", ...num, cell: ({ row }) => row.original.providerCallCount },
  { id: "found", header: "Drift found", ...num, cell: ({ row }) => row.original.driftFound },
  { id: "opened", header: "Opened", ...num, cell: ({ row }) => row.original.opened },
  { id: "closed", header: "Closed", ...num, cell: ({ row }) => row.original.closed },
  { id: "duration", header: "Duration", ...num, cell: ({ row }) => seconds(row.original.durationMs) },
  { id: "error", header: "Error", cell: ({ row }) => row.original.error ?? "" },
];

export function RunsTable({ rows }: { rows: RunRow[] }) {
  return (
    <DataTable
      label="Reconciliation runs"
      columns={runColumns}
      data={rows}
      toolbar={false}
      empty="No run yet."
      testId="reconciliation-runs"
    />
  );
}

export function CheckFiguresTable({ rows }: { rows: CheckFiguresRow[] }) {
  return (
    <DataTable
      label="Checks of the latest run"
      columns={checkColumns}
      data={rows}
      toolbar={false}
      empty="No run yet."
      testId="reconciliation-checks"
    />
  );
}
