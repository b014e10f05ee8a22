"use client";

import Link from "next/link";

import type { DataTableColumn } from "@/components/ui/data-table/columns";
import { listTable } from "@/components/ui/data-table/list-table";
import { DateTime, RelativeTime } from "@/components/ui/date-time";
import { EnumText } from "@/components/ui/enum-text";

import { DriftStateBadge } from "./drift-state-badge";
import { CheckName } from "@/components/reconciliation/check-name";

export type DriftRow = {
  id: string;
  check: string;
  provider: string;
  objectType: string;
  objectRef: string;
  kind: string;
  summary: string;
  state: string;
  firstSeenAt: string;
  lastSeenAt: string;
};

const columns: DataTableColumn<DriftRow>[] = [
  { id: "state", header: "State", cell: ({ row }) => <DriftStateBadge state={row.original.state} /> },
  {
    id: "object",
    header: "Object",
    cell: ({ row }) => (
      <Link className="font-mono text-xs underline" href={`/reconciliation/${row.original.id}`}>
        {row.original.objectType} {row.original.objectRef}
      </Link>
    ),
  },
  { id: "provider", header: "Provider", cell: ({ row }) => <EnumText value={row.original.provider} /> },
  { id: "check", header: "Check", cell: ({ row }) => <CheckName name={row.original.check} /> },
  { id: "kind", header: "Kind", cell: ({ row }) => <EnumText value={row.original.kind} /> },
  { id: "summary", header: "Difference", cell: ({ row }) => <span className="text-sm">{row.original.summary}</span> },
  { id: "firstSeen", header: "First seen", cell: ({ row }) => <RelativeTime value={row.original.firstSeenAt} /> },
  { id: "lastSeen", header: "Last seen", cell: ({ row }) => <DateTime value={row.original.lastSeenAt} /> },
];

export const DriftTable = listTable<DriftRow>({
  label: "Drift items",
  columns,
  empty: "No drift matches these filters: our records and the providers agree.",
  testId: "drift-items",
  rowTestId: "drift-row",
  rowAttributes: (r) => ({ "data-object": r.objectRef, "data-state": r.state }),
  pagerNoun: "item(s)",
});
