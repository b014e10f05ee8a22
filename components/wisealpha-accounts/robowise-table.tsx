"use client";

import { Badge } from "@/components/ui/badge";
import { column, dateColumn, linkColumn, numberColumn } from "@/components/ui/data-table/cells";
import { listTable } from "@/components/ui/data-table/list-table";
import { Money } from "@/components/ui/money";
import type { AccountOverview } from "@/lib/wisealpha-accounts/account-overview";

type Row = AccountOverview["robowise"][number];
const TONES = { open: "good", opening: "info", closing: "warn", closed: "neutral" } as const;

export function RobowiseStateBadge({ state }: { state: Row["state"] }) {
  return <Badge tone={TONES[state]}>{state}</Badge>;
}

/** The account's robowise portfolios; each name opens its detail. */
export const RobowiseTable = listTable<Row, { basePath: string }>({
  label: "Robowise portfolios",
  columns: ({ basePath }) => [
    linkColumn("name", "Portfolio", (r) => ({ href: `${basePath}/robowise/${r.reference}`, label: r.name })),
    column("state", "State", (r) => <RobowiseStateBadge state={r.state} />),
    column("risk", "Risk profile", (r) => r.riskProfile),
    numberColumn("cash", "Cash", (r) => (r.cash ? <Money amount={r.cash} currency={r.currency} /> : "—")),
    dateColumn("created", "Opened", (r) => r.created, { style: "date" }),
  ],
  getRowId: (r) => r.reference,
  toolbar: false,
  empty: "No robowise portfolios in this account.",
  testId: "robowise-table",
  rowTestId: "robowise-row",
});
