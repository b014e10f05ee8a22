"use client";

import { momentColumn } from "@/components/ui/data-table/cells";
import type { DataTableColumn } from "@/components/ui/data-table/columns";
import { DataTable } from "@/components/ui/data-table/data-table";
import { DataTablePager } from "@/components/ui/data-table/data-table-pager";
import { EnumText } from "@/components/ui/enum-text";

export type RejectionView = {
  id: string;
  receivedAt: string;
  provider: string;
  transport: string;
  reason: string;
  ip: string | null;
  requestId: string | null;
  body: string;
};

const COLUMNS: DataTableColumn<RejectionView>[] = [
  momentColumn<RejectionView>("time", "Time", (r) => r.receivedAt),
  { id: "provider", header: "Provider", cell: ({ row }) => <EnumText value={row.original.provider} className="text-xs" /> },
  { id: "transport", header: "Transport", cell: ({ row }) => <EnumText value={row.original.transport} className="text-xs" /> },
  {
    id: "reason",
    header: "Reason",
    meta: { className: "max-w-xl" },
    cell: ({ row }) => (
      <>
        {row.original.reason}
        <details className="mt-1">
          <summary className="cursor-pointer text-xs text-slate-700">Body as received ({row.original.body.length} chars)</summary>
          <pre className="mt-1 max-h-48 overflow-auto rounded bg-slate-50 p-2 font-mono text-xs break-all whitespace-pre-wrap">
            {row.original.body.slice(0, 4000)}
          </pre>
        </details>
      </>
    ),
  },
  {
    id: "ip",
    header: "IP / request",
    cell: ({ row }) => (
      <span className="font-mono text-xs text-slate-700">
        {row.original.ip ?? "—"}
        <br />
        {row.original.requestId?.slice(0, 8) ?? ""}
      </span>
    ),
  },
];

/** Deliveries we refused (bad signature, not an event, too large): the sender saw a 4xx and may retry. */
export function RejectionsTable({ rejections, nextCursor }: { rejections: RejectionView[]; nextCursor: string | null }) {
  return (
    <DataTable
      label="Rejected deliveries"
      columns={COLUMNS}
      data={rejections}
      empty="No deliveries have been rejected."
      rowTestId="rejection-row"
      footer={<DataTablePager mode="keyset" nextCursor={nextCursor} shown={rejections.length} noun="rejections" sizes={[]} />}
    />
  );
}
