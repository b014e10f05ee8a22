"use client";

import { useQueryStates } from "nuqs";
import { useTransition } from "react";

import { viewParsers, type Density, type SortKey } from "./url-state";

/**
 * Sort, density and hidden columns from the URL (nuqs). A server-sorted list re-renders on the
 * server (shallow: false) inside a transition, so the table can show it is loading; density and
 * hidden columns are the browser's business only (shallow).
 */
export function useTableView(serverSort: boolean) {
  const [pending, startTransition] = useTransition();
  const [view, setView] = useQueryStates(viewParsers);
  return {
    pending,
    sort: view.sort,
    density: view.density,
    hidden: view.hide,
    setSort: (sort: SortKey[]) =>
      // A new order starts at the first page: page 4 of another order is a different set of rows.
      void setView({ sort: sort.length ? sort : null }, serverSort ? { shallow: false, startTransition } : {}),
    setDensity: (density: Density) => void setView({ density: density === "comfortable" ? null : density }),
    setHidden: (hide: string[]) => void setView({ hide: hide.length ? hide : null }),
  };
}
