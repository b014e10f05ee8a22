"use client";

import Link from "next/link";

import { DataTable } from "@/components/ui/data-table/data-table";
import { column, dateColumn, linkColumn, stateLinkColumn } from "@/components/ui/data-table/cells";
import type { DataTableColumn } from "@/components/ui/data-table/columns";
import { DataTablePager } from "@/components/ui/data-table/data-table-pager";
import { EnumText } from "@/components/ui/enum-text";
import { Money } from "@/components/ui/money";
import type { WithdrawalRowView } from "@/lib/withdrawals/find-withdrawals";

import { BulkApprove } from "./bulk-approve";
import { SlaAge } from "./sla-age";
import { WithdrawalStateBadge } from "./withdrawal-state-badge";

export type QueueRow = WithdrawalRowView & { approveReason: string | null };

const COLUMNS: DataTableColumn<QueueRow>[] = [
  stateLinkColumn<QueueRow>(
    "withdrawal",
    (r) => `/withdrawals/${r.id}`,
    (r) => <WithdrawalStateBadge state={r.state} />,
  ),
  linkColumn(
    "amount",
    "Amount",
    (r) => ({ href: `/withdrawals/${r.id}`, label: r.amountValue === null ? "—" : <Money amount={r.amountValue} currency={r.currency} /> }),
    { meta: { numeric: true } },
  ),
  column("provider", "Provider", (r) => <EnumText value={r.provider} className="text-xs" />),
  {
    id: "portfolio",
    header: "Portfolio / account",
    meta: { label: "Portfolio / account" },
    cell: ({ row }) => {
      const r = row.original;
      if (r.portfolioRef)
        return (
          <Link href={`/portfolios/${encodeURIComponent(r.portfolioRef)}`} className="font-mono text-xs underline">
            {r.portfolioRef}
          </Link>
        );
      return <span className="font-mono text-xs">{r.accountRef ? `${r.customerRef} / ${r.accountRef}` : "—"}</span>;
    },
  },
  column("age", "Age", (r) => <SlaAge age={r.age} sla={r.sla} />),
  dateColumn("requested", "Requested", (r) => r.createdAt, { className: "text-xs" }),
  {
    id: "four_eyes",
    header: "Four eyes",
    cell: ({ row }) => (
      <span className="text-xs text-slate-700">
        {row.original.makerId
          ? `Prepared · ${row.original.approverIds.length}/${row.original.requiredApprovals} approval(s)`
          : "Not prepared"}
      </span>
    ),
  },
];

/**
 * The queue. Admins can tick requests they may approve; a request the four-eyes rule keeps from
 * them has a disabled box whose title says why. Bulk approval shows payees and totals first.
 */
export function WithdrawalsQueue({ rows, canDecide, total }: { rows: QueueRow[]; canDecide: boolean; total: number }) {
  return (
    <DataTable
      label="Withdrawal requests"
      columns={COLUMNS}
      data={rows}
      empty="No withdrawals match these filters."
      testId="withdrawals-queue"
      rowTestId="withdrawal-row"
      rowAttributes={(r) => ({ "data-withdrawal-id": r.id })}
      selection={
        canDecide
          ? {
              rowLabel: (r) => `Select withdrawal ${r.id}`,
              allLabel: "Select every request I may approve",
              canSelect: (r) => r.approveReason === null,
              disabledReason: (r) => r.approveReason ?? undefined,
              actions: (selected, clear) => <BulkApprove rows={selected} onDone={clear} />,
            }
          : undefined
      }
      footer={<DataTablePager mode="offset" total={total} noun="request(s)" />}
    />
  );
}
