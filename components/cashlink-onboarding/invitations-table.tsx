"use client";

import Link from "next/link";

import type { DataTableColumn } from "@/components/ui/data-table/columns";
import { listTable } from "@/components/ui/data-table/list-table";
import { DateTime } from "@/components/ui/date-time";
import type { InvitationRow } from "@/lib/onboarding/find-cashlink-invitations";

import { amountOrUnitsColumn, shortId, shortIdColumn } from "./cashlink-columns";
import { InvestmentStatusBadge, SelfDisclosureBadge, SignedBadge, SurveyBadge, WalletBadge } from "./checklist-badges";

const COLUMNS: DataTableColumn<InvitationRow>[] = [
  {
    id: "invitation",
    header: "Invitation",
    meta: { className: "font-mono text-xs" },
    cell: ({ row: { original: r } }) => (
      <Link
        className="underline"
        href={`/onboarding/invitations/${encodeURIComponent(r.id)}`}
        title={r.id}
        aria-label={`Invitation ${r.id}`}
      >
        {shortId(r.id)}
      </Link>
    ),
  },
  shortIdColumn("investor", "Investor", (r) => r.investorId),
  amountOrUnitsColumn<InvitationRow>(),
  {
    id: "selfDisclosure",
    header: "Self-disclosure",
    cell: ({ row }) => <SelfDisclosureBadge value={row.original.checklist.selfDisclosure} />,
  },
  { id: "survey", header: "Survey", cell: ({ row }) => <SurveyBadge value={row.original.checklist.survey} /> },
  { id: "signed", header: "Signed", cell: ({ row }) => <SignedBadge value={row.original.checklist.signed} /> },
  { id: "wallet", header: "Wallet", cell: ({ row }) => <WalletBadge value={row.original.checklist.wallet} /> },
  {
    id: "investment",
    header: "Investment",
    cell: ({ row: { original: r } }) =>
      r.checklist.readyToInvest ? (
        <span className="text-xs font-medium text-emerald-800">Ready to invest</span>
      ) : (
        <InvestmentStatusBadge status={r.investment?.status ?? null} />
      ),
  },
  { id: "created", header: "Created", cell: ({ row }) => <DateTime value={row.original.createdAt} /> },
];

export const InvitationsTable = listTable<InvitationRow>({
  label: "Cashlink invitations",
  columns: COLUMNS,
  testId: "invitations-table",
  rowTestId: "invitation-row",
  rowAttributes: (r) => ({ "data-invitation-id": r.id }),
  empty: "No invitations match these filters.",
});
