"use client";

import { useRouter } from "next/navigation";

import { PORTFOLIO_COLUMNS, toSearchParams, type PortfolioListState } from "@/lib/validations/portfolios";

import { COLUMN_LABELS } from "./portfolio-columns";

/** Checkboxes that write the visible columns into the URL, so a link or a saved view keeps them. */
export function ColumnChooser({ state }: { state: PortfolioListState }) {
  const router = useRouter();
  function toggle(column: (typeof PORTFOLIO_COLUMNS)[number], on: boolean) {
    const cols = PORTFOLIO_COLUMNS.filter((c) => (c === column ? on : state.cols.includes(c)));
    if (cols.length === 0) return;
    router.replace(`/portfolios?${toSearchParams({ ...state, cols }).toString()}`, { scroll: false });
  }
  return (
    <details className="relative text-sm" data-testid="column-chooser">
      <summary className="cursor-pointer rounded-md border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-100">Columns</summary>
      <div className="absolute right-0 z-10 mt-1 flex w-48 flex-col gap-1 rounded-md border border-slate-200 bg-white p-2 shadow">
        {PORTFOLIO_COLUMNS.map((c) => (
          <label key={c} className="flex items-center gap-2">
            <input type="checkbox" checked={state.cols.includes(c)} onChange={(e) => toggle(c, e.target.checked)} />
            {COLUMN_LABELS[c]}
          </label>
        ))}
      </div>
    </details>
  );
}
