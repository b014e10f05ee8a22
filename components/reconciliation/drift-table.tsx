"use client";

import { column, dateColumn, enumColumn, linkColumn } from "@/components/ui/data-table/cells";
import type { DataTableColumn } from "@/components/ui/data-table/columns";
import { listTable } from "@/components/ui/data-table/list-table";
import { RelativeTime } from "@/components/ui/date-time";

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
  column("state", "State", (r) => <DriftStateBadge state={r.state} />),
  linkColumn("object", "Object", (r) => ({ href: `/reconciliation/${r.id}`, label: `${r.objectType} ${r.objectRef}` }), {
    className: "font-mono text-xs underline",
  }),
  enumColumn("provider", "Provider", (r) => r.provider),
  column("check", "Check", (r) => <CheckName name={r.check} />),
  enumColumn("kind", "Kind", (r) => r.kind),
  column("summary", "Difference", (r) => <span className="text-sm">{r.summary}</span>),
  column("firstSeen", "First seen", (r) => <RelativeTime value={r.firstSeenAt} />),
  dateColumn("lastSeen", "Last seen", (r) => r.lastSeenAt),
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
