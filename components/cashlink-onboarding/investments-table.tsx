"use client";

import { useState } from "react";

import { column, columnsIf, dateColumn } from "@/components/ui/data-table/cells";
import type { DataTableColumn } from "@/components/ui/data-table/columns";
import { DataTable } from "@/components/ui/data-table/data-table";
import { DataTablePager } from "@/components/ui/data-table/data-table-pager";
import type { CashlinkInvestmentView } from "@/lib/providers/cashlink/transform";

import { amountOrUnitsColumn, shortIdColumn } from "./cashlink-columns";
import { InvestmentStatusBadge } from "./checklist-badges";
import { AcceptInvestments, AcceptResults, MarkPaid, type AcceptOutcome } from "./investment-actions";

const amountText = (i: CashlinkInvestmentView) => (i.amount ? `${i.amount.currency} ${i.amount.amount}` : `${i.units} units`);

const columns = (canMarkPaid: boolean): DataTableColumn<CashlinkInvestmentView>[] => [
  shortIdColumn("investment", "Investment", (i) => i.id),
  shortIdColumn("investor", "Investor", (i) => i.investorId),
  amountOrUnitsColumn<CashlinkInvestmentView>(),
  column("status", "Status", (i) => <InvestmentStatusBadge status={i.rawStatus} />),
  dateColumn("signed", "Signed", (i) => i.signedAt),
  dateColumn("accepted", "Accepted", (i) => i.acceptedAt),
  dateColumn("paid", "Paid", (i) => i.paidAt),
  ...columnsIf(
    canMarkPaid,
    column<CashlinkInvestmentView>("actions", "Payment", (i) =>
      i.status === "ACCEPTED" ? <MarkPaid investmentId={i.id} amountText={amountText(i)} /> : null,
    ),
  ),
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
