"use client";

import { useTable } from "@tanstack/react-table";

import type { PortfolioRow } from "@/lib/portfolios/portfolio-row";
import { PORTFOLIO_COLUMNS, type PortfolioColumn } from "@/lib/validations/portfolios";

import { COLUMNS, features } from "./portfolio-columns";

/** One page of portfolios; which columns show comes from the URL (`cols`). */
export function PortfolioTable({ rows, columns }: { rows: PortfolioRow[]; columns: PortfolioColumn[] }) {
  const columnVisibility = Object.fromEntries(PORTFOLIO_COLUMNS.map((c) => [c, columns.includes(c)]));
  const table = useTable({ features, columns: COLUMNS, data: rows, state: { columnVisibility }, getRowId: (row) => row.id });

  if (rows.length === 0)
    return (
      <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-sm text-slate-600">
        No portfolios match this query.
      </p>
    );
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm" data-testid="portfolio-table">
        <thead className="border-b border-slate-200 bg-slate-50 text-xs text-slate-600 uppercase">
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => (
                <th key={header.id} className="px-3 py-2">
                  <table.FlexRender header={header} />
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr
              key={row.id}
              className="border-b border-slate-100 align-top last:border-0"
              data-testid="portfolio-row"
              data-portfolio-id={row.id}
            >
              {row.getVisibleCells().map((cell) => (
                <td key={cell.id} className="px-3 py-2">
                  <table.FlexRender cell={cell} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
