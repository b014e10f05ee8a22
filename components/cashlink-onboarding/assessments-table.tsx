"use client";

import Link from "next/link";

import { Badge } from "@/components/ui/badge";
import type { DataTableColumn } from "@/components/ui/data-table/columns";
import { listTable } from "@/components/ui/data-table/list-table";
import { DateTime } from "@/components/ui/date-time";
import { enumWords } from "@/lib/format/enums";
import { ASSESSMENT_STATUS_WORDS } from "@/lib/onboarding/cashlink-words";
import type { AssessmentRow } from "@/lib/onboarding/find-assessments";

const TONE: Record<string, "good" | "warn" | "bad" | "info" | "neutral"> = {
  ACCEPTED: "good",
  COMPLETED: "info",
  IN_PROGRESS: "neutral",
  COOLDOWN: "warn",
  EXPIRED: "bad",
};
const mono = { className: "font-mono text-xs" };

const COLUMNS: DataTableColumn<AssessmentRow>[] = [
  { id: "user", header: "User", meta: mono, cell: ({ row }) => row.original.userRef ?? "—" },
  {
    id: "portfolio",
    header: "Portfolio",
    meta: mono,
    cell: ({ row: { original: r } }) =>
      r.portfolioRef ? (
        <Link className="underline" href={`/portfolios/${encodeURIComponent(r.portfolioRef)}`}>
          {r.portfolioRef}
        </Link>
      ) : (
        <span title="InvestSuite has not yet told us which portfolio uses this profile (profile-created-for-portfolio).">
          Not linked yet
        </span>
      ),
  },
  {
    id: "status",
    header: "Status",
    cell: ({ row: { original: r } }) => (
      <span title={r.status} data-raw={r.status}>
        <Badge tone={TONE[r.status] ?? "neutral"}>{enumWords(r.status, ASSESSMENT_STATUS_WORDS)}</Badge>
      </span>
    ),
  },
  { id: "statusAt", header: "As of", cell: ({ row }) => <DateTime value={row.original.statusAt} /> },
  { id: "acceptedAt", header: "Accepted", cell: ({ row }) => <DateTime value={row.original.acceptedAt} /> },
  { id: "profile", header: "Profile", meta: mono, cell: ({ row }) => row.original.profileId },
  { id: "questionnaire", header: "Questionnaire", meta: mono, cell: ({ row }) => row.original.questionnaireId || "—" },
];

export const AssessmentsTable = listTable<AssessmentRow>({
  label: "Suitability assessments",
  columns: COLUMNS,
  getRowId: (r) => `${r.profileId}:${r.questionnaireId}:${r.portfolioRef ?? ""}`,
  testId: "assessments-table",
  rowTestId: "assessment-row",
  rowAttributes: (r) => ({ "data-profile-id": r.profileId }),
  empty: "No suitability assessments match these filters.",
});
