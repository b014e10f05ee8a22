"use client";

import { DataTable } from "@/components/ui/data-table/data-table";
import type { PortfolioTableRow } from "@/lib/portfolios/portfolio-row";
import type { PortfolioColumn } from "@/lib/validations/portfolios";

import { COLUMNS } from "./portfolio-columns";

/**
 * One page of portfolios. Which columns show is the URL's `cols` (the column chooser, and saved
 * views keep it), so the kit's own column menu is off here. `rows` carry only those columns'
 * fields (lib/portfolios/portfolio-row.ts `toTableRows`).
 */
export function PortfolioTable({ rows, columns }: { rows: PortfolioTableRow[]; columns: PortfolioColumn[] }) {
  return (
    <DataTable
      label="Portfolios"
      columns={COLUMNS.filter((c) => columns.includes(c.id as PortfolioColumn))}
      data={rows}
      testId="portfolio-table"
      rowTestId="portfolio-row"
      rowAttributes={(r) => ({ "data-portfolio-id": r.id })}
      empty="No portfolios match this query."
      toolbar={false}
    />
  );
}
