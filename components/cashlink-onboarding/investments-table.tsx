"use client";

import { useState } from "react";

import type { DataTableColumn } from "@/components/ui/data-table/columns";
import { DataTable } from "@/components/ui/data-table/data-table";
import { DataTablePager } from "@/components/ui/data-table/data-table-pager";
import { DateTime } from "@/components/ui/date-time";
import { Money } from "@/components/ui/money";
import type { CashlinkInvestmentView } from "@/lib/providers/cashlink/transform";

import { InvestmentStatusBadge } from "./checklist-badges";
import { AcceptInvestments, AcceptResults, MarkPaid, type AcceptOutcome } from "./investment-actions";

const short = (id: string) => `${id.slice(0, 8)}…`;
const amountText = (i: CashlinkInvestmentView) => (i.amount ? `${i.amount.currency} ${i.amount.amount}` : `${i.units} units`);

const columns = (canMarkPaid: boolean): DataTableColumn<CashlinkInvestmentView>[] => [
  {
    id: "investment",
    header: "Investment",
    meta: { className: "font-mono text-xs" },
    cell: ({ row: { original: i } }) => <span title={i.id}>{short(i.id)}</span>,
  },
  {
    id: "investor",
    header: "Investor",
    meta: { className: "font-mono text-xs" },
    cell: ({ row: { original: i } }) => <span title={i.investorId}>{short(i.investorId)}</span>,
  },
  {
    id: "amount",
    header: "Amount",
    meta: { numeric: true },
    cell: ({ row: { original: i } }) => (i.amount ? <Money amount={i.amount.amount} currency={i.amount.currency} /> : `${i.units} units`),
  },
  { id: "status", header: "Status", cell: ({ row }) => <InvestmentStatusBadge status={row.original.rawStatus} /> },
  { id: "signed", header: "Signed", cell: ({ row }) => <DateTime value={row.original.signedAt} /> },
  { id: "accepted", header: "Accepted", cell: ({ row }) => <DateTime value={row.original.acceptedAt} /> },
  { id: "paid", header: "Paid", cell: ({ row }) => <DateTime value={row.original.paidAt} /> },
  ...(canMarkPaid
    ? [
        {
          id: "actions",
          header: "Payment",
          cell: ({ row: { original: i } }) =>
            i.status === "ACCEPTED" ? <MarkPaid investmentId={i.id} amountText={amountText(i)} /> : null,
        } satisfies DataTableColumn<CashlinkInvestmentView>,
      ]
    : []),
];

/**
 * Cashlink investments: tick the ones waiting for acceptance and accept them together (a result per
 * investment), or mark an accepted one paid when its payment has arrived.
 */
export function InvestmentsTable({
  rows,
  total,
  canAccept,
  canMarkPaid,
}: {
  rows: CashlinkInvestmentView[];
  total: number;
  canAccept: boolean;
  canMarkPaid: boolean;
}) {
  const [outcome, setOutcome] = useState<{ results: AcceptOutcome[] | null; error: string | null }>({ results: null, error: null });
  return (
    <div>
      <AcceptResults {...outcome} />
      <DataTable
        label="Cashlink investments"
        columns={columns(canMarkPaid)}
        data={rows}
        empty="No investments match these filters."
        testId="investments-table"
        rowTestId="investment-row"
        rowAttributes={(i) => ({ "data-investment-id": i.id, "data-status": i.rawStatus })}
        selection={
          canAccept
            ? {
                rowLabel: (i) => `Select investment ${i.id}`,
                canSelect: (i) => i.status === "WAITING_FOR_ACCEPTANCE",
                disabledReason: (i) => (i.status === "WAITING_FOR_ACCEPTANCE" ? undefined : `Not waiting for acceptance (${i.rawStatus}).`),
                actions: (selected, clear) => (
                  <AcceptInvestments
                    investmentIds={selected.map((i) => i.id)}
                    label={`Accept selected (${selected.length})`}
                    onDone={(results, error) => {
                      setOutcome({ results, error });
                      clear();
                    }}
                  />
                ),
              }
            : undefined
        }
        footer={<DataTablePager mode="offset" total={total} noun="investment(s)" />}
      />
    </div>
  );
}
