"use client";

import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table/data-table";
import type { DataTableColumn } from "@/components/ui/data-table/columns";
import { DateTime } from "@/components/ui/date-time";
import { EnumText } from "@/components/ui/enum-text";
import type { CompanyUpdateRow } from "@/lib/wisealpha-accounts/company-updates";

const TONES: Record<string, "bad" | "warn" | "neutral"> = { HIGH: "bad", MEDIUM: "warn", LOW: "neutral" };

const columns: DataTableColumn<CompanyUpdateRow>[] = [
  { id: "publishedAt", header: "Published", cell: ({ row }) => <DateTime value={row.original.publishedAt} /> },
  {
    id: "title",
    header: "Update",
    cell: ({ row }) =>
      row.original.url ? (
        <a className="underline" href={row.original.url} target="_blank" rel="noreferrer noopener">
          {row.original.title}
        </a>
      ) : (
        row.original.title
      ),
  },
  { id: "type", header: "Type", cell: ({ row }) => <EnumText value={row.original.type} /> },
  {
    id: "priority",
    header: "Priority",
    cell: ({ row }) => <Badge tone={TONES[row.original.priority] ?? "neutral"}>{row.original.priority.toLowerCase()}</Badge>,
  },
  { id: "source", header: "Source", cell: ({ row }) => row.original.source ?? <EnumText value={row.original.provider} /> },
];

/** The issuer's company updates, as WiseAlpha lists them. */
export function CompanyUpdatesTable({ rows }: { rows: CompanyUpdateRow[] }) {
  return (
    <DataTable
      label="Company updates"
      columns={columns}
      data={rows}
      toolbar={false}
      empty="No company updates for this issuer."
      testId="company-updates-table"
      rowTestId="company-update-row"
    />
  );
}
