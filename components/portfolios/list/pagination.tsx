import Link from "next/link";

import { PAGE_SIZE, toSearchParams, type PortfolioListState } from "@/lib/validations/portfolios";

const SIZES = [10, PAGE_SIZE.default, 50, PAGE_SIZE.max];

/** Offset pages with the provider's count; page size is part of the URL (10–100). */
export function Pagination({ state, count, hasNext }: { state: PortfolioListState; count: number; hasNext: boolean }) {
  const href = (patch: Partial<PortfolioListState>) => `/portfolios?${toSearchParams({ ...state, ...patch }).toString()}`;
  const first = count === 0 ? 0 : (state.page - 1) * state.size + 1;
  const last = Math.min(state.page * state.size, count);
  const pages = Math.max(1, Math.ceil(count / state.size));
  const link = "rounded-md border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-100";
  return (
    <nav aria-label="Pagination" className="mt-4 flex flex-wrap items-center gap-3 text-sm">
      <span data-testid="result-count">
        {first}–{last} of {count} portfolio(s) · page {state.page} of {pages}
      </span>
      {state.page > 1 && (
        <Link className={link} href={href({ page: state.page - 1 })}>
          Previous
        </Link>
      )}
      {hasNext && (
        <Link className={link} href={href({ page: state.page + 1 })}>
          Next
        </Link>
      )}
      <span className="ml-auto flex items-center gap-1 text-xs text-slate-600">
        Rows per page
        {SIZES.map((size) => (
          <Link
            key={size}
            href={href({ size, page: 1 })}
            aria-current={size === state.size ? "page" : undefined}
            className={size === state.size ? "font-semibold underline" : "underline"}
          >
            {size}
          </Link>
        ))}
      </span>
    </nav>
  );
}
