"use client";

import Link from "next/link";

import type { OnboardingCaseStatus } from "@/generated/prisma/enums";
import { Badge } from "@/components/ui/badge";
import type { DataTableColumn } from "@/components/ui/data-table/columns";
import { listTable } from "@/components/ui/data-table/list-table";
import type { CellSummary } from "@/lib/onboarding/customer-summary";
import { cn } from "@/lib/utils";

import { CaseStatusBadge } from "./case-status-badge";

/** One customer as the list shows it: every cell one short line, the full words on hover (rows stay one line high). */
export type CustomerListRow = {
  customerId: string;
  name: string;
  status: string;
  aml: string;
  nextActions: CellSummary;
  missingFields: CellSummary;
  documents: CellSummary;
  rejected: boolean;
  questionnaires: CellSummary;
  may: CellSummary | null;
  investorType: string;
  case: { id: string; status: OnboardingCaseStatus } | null;
};

const line = "max-w-48 truncate whitespace-nowrap text-xs";
const summary = (s: CellSummary) => <span title={s.full}>{s.short}</span>;

const COLUMNS: DataTableColumn<CustomerListRow>[] = [
  {
    id: "customer",
    header: "Customer",
    meta: { className: "whitespace-nowrap" },
    cell: ({ row: { original: c } }) => (
      <>
        {c.name} <span className="font-mono text-xs text-slate-600">{c.customerId}</span>
      </>
    ),
  },
  { id: "validation", header: "Validation", meta: { className: "whitespace-nowrap" }, cell: ({ row }) => row.original.status },
  { id: "aml", header: "AML", meta: { className: "whitespace-nowrap text-xs" }, cell: ({ row }) => row.original.aml },
  { id: "nextActions", header: "Next actions", meta: { className: line }, cell: ({ row }) => summary(row.original.nextActions) },
  { id: "missingFields", header: "Missing fields", meta: { className: line }, cell: ({ row }) => summary(row.original.missingFields) },
  {
    id: "documents",
    header: "Documents",
    meta: { className: line },
    cell: ({ row: { original: c } }) => <span className={cn(c.rejected && "text-red-800")}>{summary(c.documents)}</span>,
  },
  { id: "questionnaires", header: "Questionnaires", meta: { className: line }, cell: ({ row }) => summary(row.original.questionnaires) },
  {
    id: "may",
    header: "May",
    meta: { className: line },
    cell: ({ row }) => (row.original.may ? summary(row.original.may) : <Badge>nothing</Badge>),
  },
  {
    id: "investorType",
    header: "Investor type",
    meta: { className: "whitespace-nowrap text-xs" },
    cell: ({ row }) => row.original.investorType,
  },
  {
    id: "case",
    header: "Case",
    cell: ({ row: { original: c } }) =>
      c.case && (
        <Link href={`/onboarding/cases/${c.case.id}`} className="underline">
          <CaseStatusBadge status={c.case.status} />
        </Link>
      ),
  },
];

export const CustomersTable = listTable<CustomerListRow>({
  label: "Onboarding customers",
  columns: COLUMNS,
  getRowId: (c) => c.customerId,
  testId: "customers-table",
  rowAttributes: (c) => ({ "data-testid": `customer-row-${c.customerId}` }),
  empty: "No customers match.",
});
