"use client";

import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { createSerializer, useQueryStates } from "nuqs";

import { cn } from "@/lib/utils";

import { keysetPagingParsers, offsetPagingParsers, PAGE_SIZES, safePage, safePageSize } from "./url-state";

const serializeOffset = createSerializer(offsetPagingParsers);
const serializeKeyset = createSerializer(keysetPagingParsers);

export type PagerProps =
  /** Offset paging: the server counted `total` rows; page and size come from the URL. */
  | { mode: "offset"; total: number; noun?: string; sizes?: readonly number[] }
  /**
   * Keyset paging for long, growing lists (events, audit): the server hands the cursor of the
   * next page (null on the last), and whether this page is the first. No total: counting a large
   * table on every page is what keyset avoids.
   */
  | { mode: "keyset"; nextCursor: string | null; noun?: string; shown: number; sizes?: readonly number[] };

const link =
  "inline-flex min-h-8 min-w-8 items-center justify-center rounded-md border border-slate-300 bg-white px-3 text-sm font-medium text-slate-900 hover:bg-slate-100 focus-visible:ring-2 focus-visible:ring-slate-500 focus-visible:outline-none";
const sizeLink =
  "inline-flex min-h-6 min-w-6 items-center justify-center rounded px-1.5 text-slate-900 underline underline-offset-2 hover:bg-slate-100";

/** The one pager: previous/next links (real links, so they work before hydration and open in new tabs) and rows per page. */
export function DataTablePager(props: PagerProps) {
  const pathname = usePathname();
  const search = useSearchParams();
  const base = new URLSearchParams(search.toString());
  const sizes = props.sizes ?? PAGE_SIZES;
  const noun = props.noun ?? "row(s)";

  const offset = useQueryStates(offsetPagingParsers)[0];
  const keyset = useQueryStates(keysetPagingParsers)[0];
  const size = safePageSize(props.mode === "offset" ? offset.size : keyset.size);

  let summary: string;
  let previous: string | null = null;
  let next: string | null = null;
  let sizeHref: (n: number) => string;

  if (props.mode === "offset") {
    const pageCount = Math.max(1, Math.ceil(props.total / size));
    const page = Math.min(safePage(offset.page), pageCount);
    const first = props.total === 0 ? 0 : (page - 1) * size + 1;
    const last = Math.min(page * size, props.total);
    summary = `${first}–${last} of ${props.total} ${noun} · page ${page} of ${pageCount}`;
    if (page > 1) previous = pathname + serializeOffset(base, { page: page - 1 });
    if (page < pageCount) next = pathname + serializeOffset(base, { page: page + 1 });
    sizeHref = (n) => pathname + serializeOffset(base, { size: n, page: null });
  } else {
    summary = `${props.shown} ${noun} shown`;
    // Keyset pages only go forward; "First page" goes back to the newest rows.
    if (keyset.cursor) previous = pathname + serializeKeyset(base, { cursor: null });
    if (props.nextCursor) next = pathname + serializeKeyset(base, { cursor: props.nextCursor });
    sizeHref = (n) => pathname + serializeKeyset(base, { size: n, cursor: null });
  }

  return (
    <nav aria-label="Pages" className="mt-3 flex flex-wrap items-center gap-3 text-sm" data-testid="pager">
      <span className="text-slate-700 tabular-nums" data-testid="result-count">
        {summary}
      </span>
      {previous && (
        <Link className={link} href={previous} rel="prev">
          {props.mode === "offset" ? "Previous" : "First page"}
        </Link>
      )}
      {next && (
        <Link className={link} href={next} rel="next">
          Next
        </Link>
      )}
      <span className="ml-auto flex items-center gap-1 text-xs text-slate-700">
        Rows per page
        {sizes.map((n) => (
          <Link
            key={n}
            href={sizeHref(n)}
            aria-current={n === size ? "page" : undefined}
            className={cn(sizeLink, n === size && "font-semibold no-underline")}
          >
            {n}
          </Link>
        ))}
      </span>
    </nav>
  );
}
