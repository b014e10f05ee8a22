"use client";

import type { DataTableColumn } from "@/components/ui/data-table/columns";
import { listTable } from "@/components/ui/data-table/list-table";
import { DateTime } from "@/components/ui/date-time";
import type { PortfolioVersionRow } from "@/lib/portfolios/portfolio-versions";

const SOURCE_WORDS: Record<PortfolioVersionRow["source"], string> = {
  CREATE: "Created here",
  UPDATE: "Changed here",
  CLOSE: "Closed here",
  READ: "Read from InvestSuite",
};

const COLUMNS: DataTableColumn<PortfolioVersionRow>[] = [
  { id: "version", header: "Version", meta: { numeric: true }, cell: ({ row }) => row.original.version },
  { id: "time", header: "Version time", cell: ({ row }) => <DateTime value={row.original.versionDatetime} style="datetime-seconds" /> },
  {
    id: "author",
    header: "Authored by (InvestSuite user)",
    cell: ({ row }) => <span className="font-mono text-xs">{row.original.authoredBy ?? "—"}</span>,
  },
  { id: "source", header: "How we saw it", cell: ({ row }) => SOURCE_WORDS[row.original.source] },
];

export const VersionsTable = listTable<PortfolioVersionRow>({
  label: "Versions seen by the back office",
  columns: COLUMNS,
  getRowId: (r) => String(r.version),
  testId: "portfolio-versions",
  rowTestId: "version-row",
  empty: "No version of this portfolio has been seen yet.",
  toolbar: false,
});
