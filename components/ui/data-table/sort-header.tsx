"use client";

import type { Header, RowData } from "@tanstack/react-table";
import type { ReactNode } from "react";

import type { DataTableFeatures } from "./columns";

const ARIA_SORT = { asc: "ascending", desc: "descending" } as const;

/** A column header; a sortable one is a button that says its order to screen readers (aria-sort). */
export function SortHeader<TData extends RowData>({
  header,
  className,
  children,
}: {
  header: Header<DataTableFeatures, TData, unknown>;
  className?: string;
  children: ReactNode;
}) {
  if (header.isPlaceholder) return <th scope="col" className={className} />;
  const sorted = header.column.getIsSorted();
  if (!header.column.getCanSort())
    return (
      <th scope="col" className={className}>
        {children}
      </th>
    );
  return (
    <th scope="col" className={className} aria-sort={sorted ? ARIA_SORT[sorted] : "none"}>
      <button
        type="button"
        onClick={header.column.getToggleSortingHandler()}
        className="inline-flex min-h-6 items-center gap-1 rounded font-semibold hover:text-slate-950 focus-visible:ring-2 focus-visible:ring-slate-500 focus-visible:outline-none"
      >
        {children}
        <span aria-hidden className="text-slate-500">
          {sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : "↕"}
        </span>
      </button>
    </th>
  );
}
