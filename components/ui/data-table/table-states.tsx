import Link from "next/link";
import type { ReactNode } from "react";

/** What an empty list says: what is missing and, where useful, what to do (clear filters, …). */
export function DataTableEmpty({ children }: { children?: ReactNode }) {
  return (
    <p
      className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-sm text-slate-700"
      data-testid="data-table-empty"
    >
      {children ?? "Nothing to show."}
    </p>
  );
}

/** A list that could not be loaded: the message, and a fresh try that reloads the same URL. */
export function DataTableError({ message, retryHref }: { message: string; retryHref?: string }) {
  return (
    <div role="alert" className="rounded-lg border border-red-200 bg-red-50 p-4 text-sm text-red-900" data-testid="data-table-error">
      <p>{message}</p>
      {retryHref && (
        <Link href={retryHref} prefetch={false} className="mt-2 inline-flex min-h-6 items-center font-medium underline">
          Try again
        </Link>
      )}
    </div>
  );
}

/** Placeholder rows while a list loads (a route's loading.tsx): the layout does not jump when data arrives. */
export function DataTableSkeleton({ columns = 5, rows = 8, label = "Loading" }: { columns?: number; rows?: number; label?: string }) {
  return (
    <div role="status" aria-live="polite" aria-label={label} className="overflow-hidden rounded-lg border border-slate-200 bg-white">
      <span className="sr-only">{label}…</span>
      {Array.from({ length: rows }, (_, r) => (
        <div key={r} className="flex gap-4 border-b border-slate-100 px-3 py-3 last:border-0">
          {Array.from({ length: columns }, (_, c) => (
            <div key={c} className="h-3 flex-1 animate-pulse rounded bg-slate-200" />
          ))}
        </div>
      ))}
    </div>
  );
}
