"use client";

import { parseAsString, useQueryStates } from "nuqs";
import { useMemo, type ReactNode } from "react";

import { DataTableSkeleton } from "@/components/ui/data-table/table-states";

/**
 * The filter bar puts a new filter in the URL at once and the server renders the matching rows
 * a moment later. Until they arrive the rows on screen belong to the old filter: show a loading
 * placeholder instead, so nobody (or no test) reads rows that do not match what the URL says.
 */
export function FilteredRows({
  keys,
  applied,
  children,
}: {
  keys: readonly string[];
  applied: Record<string, string>;
  children: ReactNode;
}) {
  const joined = keys.join(",");
  const parsers = useMemo(() => Object.fromEntries(joined.split(",").map((k) => [k, parseAsString] as const)), [joined]);
  const [values] = useQueryStates(parsers);
  const stale = Object.entries(values).some(([k, v]) => (v ?? "") !== (applied[k] ?? ""));
  return stale ? <DataTableSkeleton label="Loading the rows for these filters" /> : <>{children}</>;
}
