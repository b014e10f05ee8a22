"use client";

import type { DataTableColumn } from "@/components/ui/data-table/columns";
import { DataTable } from "@/components/ui/data-table/data-table";
import { EnumText } from "@/components/ui/enum-text";
import { QUESTIONNAIRE_STATE_WORDS, QUESTIONNAIRE_WORDS } from "@/lib/onboarding/words";

export type QuestionnaireRow = { type: string; state: string; failed: string; remaining: string; blocked: string };

const COLUMNS: DataTableColumn<QuestionnaireRow>[] = [
  { id: "type", header: "Questionnaire", cell: ({ row }) => <EnumText value={row.original.type} words={QUESTIONNAIRE_WORDS} /> },
  { id: "state", header: "State", cell: ({ row }) => <EnumText value={row.original.state} words={QUESTIONNAIRE_STATE_WORDS} /> },
  { id: "failed", header: "Failed attempts", meta: { numeric: true }, cell: ({ row }) => row.original.failed },
  { id: "remaining", header: "Remaining", meta: { numeric: true }, cell: ({ row }) => row.original.remaining },
  { id: "blocked", header: "Blocked", cell: ({ row }) => row.original.blocked },
];

/** The customer's questionnaires at WiseAlpha: the profile's states with the live attempt counts. */
export function QuestionnairesTable({ rows }: { rows: QuestionnaireRow[] }) {
  return (
    <DataTable label="Questionnaires" columns={COLUMNS} data={rows} getRowId={(q) => q.type} testId="questionnaires" toolbar={false} />
  );
}
