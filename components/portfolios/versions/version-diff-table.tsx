"use client";

import type { DataTableColumn } from "@/components/ui/data-table/columns";
import { DataTable } from "@/components/ui/data-table/data-table";
import type { DiffRow } from "@/lib/portfolios/version-diff";

const KIND_WORDS: Record<DiffRow["kind"], string> = { added: "Added", removed: "Removed", changed: "Changed" };

const value = (v: string | null) =>
  v === null ? <span className="text-slate-500">—</span> : <span className="font-mono text-xs break-all">{v}</span>;

const COLUMNS: DataTableColumn<DiffRow>[] = [
  { id: "field", header: "Field", cell: ({ row }) => <span className="font-mono text-xs">{row.original.path}</span> },
  { id: "kind", header: "Change", cell: ({ row }) => KIND_WORDS[row.original.kind] },
  { id: "before", header: "In A", cell: ({ row }) => value(row.original.before) },
  { id: "after", header: "In B", cell: ({ row }) => value(row.original.after) },
];

export function VersionDiffTable({ rows, a, b }: { rows: DiffRow[]; a: number; b: number }) {
  return (
    <DataTable
      label={`Differences between version ${a} and version ${b}`}
      columns={COLUMNS}
      data={rows}
      getRowId={(r) => r.path}
      testId="version-diff"
      rowTestId="diff-row"
      empty={a === b ? "The same version is chosen twice." : "No field differs between these versions."}
      toolbar={false}
    />
  );
}
