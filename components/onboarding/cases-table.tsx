"use client";

import Link from "next/link";

import type { OnboardingCaseStatus } from "@/generated/prisma/enums";
import type { DataTableColumn } from "@/components/ui/data-table/columns";
import { listTable } from "@/components/ui/data-table/list-table";
import { DateTime } from "@/components/ui/date-time";

import { CaseStatusBadge, ReadyBadge } from "./case-status-badge";

export type CaseListRow = {
  id: string;
  subjectType: "WISEALPHA_CUSTOMER" | "CASHLINK_INVITATION";
  subjectRef: string;
  displayName: string | null;
  status: OnboardingCaseStatus;
  providerReady: boolean;
  waitingReason: string | null;
  assigneeEmail: string | null;
  createdAt: Date;
};

const COLUMNS: DataTableColumn<CaseListRow>[] = [
  {
    id: "case",
    header: "Case",
    cell: ({ row: { original: c } }) => (
      <Link className="underline" href={`/onboarding/cases/${c.id}`}>
        {c.displayName ?? c.subjectRef}
      </Link>
    ),
  },
  {
    id: "subject",
    header: "Subject",
    meta: { className: "text-xs" },
    cell: ({ row: { original: c } }) => (
      <>
        {c.subjectType === "WISEALPHA_CUSTOMER" ? "WiseAlpha" : "Cashlink"} <span className="font-mono">{c.subjectRef}</span>
      </>
    ),
  },
  { id: "status", header: "Status", cell: ({ row }) => <CaseStatusBadge status={row.original.status} /> },
  {
    id: "provider",
    header: "Provider",
    cell: ({ row }) => <ReadyBadge ready={row.original.providerReady} subject={row.original.subjectType} />,
  },
  {
    id: "waiting",
    header: "Waiting for",
    meta: { className: "max-w-64 text-xs text-slate-700" },
    cell: ({ row }) => row.original.waitingReason ?? "",
  },
  {
    id: "assignee",
    header: "Assignee",
    meta: { className: "text-xs" },
    cell: ({ row }) => row.original.assigneeEmail ?? <span className="text-slate-600">unassigned</span>,
  },
  { id: "opened", header: "Opened", cell: ({ row }) => <DateTime value={row.original.createdAt} /> },
];

export const CasesTable = listTable<CaseListRow>({
  label: "Onboarding cases",
  columns: COLUMNS,
  testId: "cases-table",
  rowAttributes: (c) => ({ "data-testid": `case-row-${c.subjectRef}` }),
  empty: "No cases match these filters.",
});
