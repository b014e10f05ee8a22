import { createParser, parseAsArrayOf, parseAsInteger, parseAsString, parseAsStringLiteral } from "nuqs/server";

/**
 * The URL state every list shares, as nuqs parsers: importable from server pages (through an
 * area's `createLoader`) and from the client table, pager and filter bar alike, so both ends read
 * the same keys the same way. An area spreads these into its own parser set in
 * `lib/<area>/url-state.ts` (see README.md).
 */

export type SortKey = { id: string; desc: boolean };

/** `sort=created:desc,name`: a column id with an optional `:desc` (ascending otherwise); several keys in order. */
export const parseAsSort = createParser<SortKey[]>({
  parse(value) {
    const keys: SortKey[] = [];
    for (const part of value.split(",")) {
      const match = /^([A-Za-z0-9_.]+)(?::(asc|desc))?$/.exec(part.trim());
      if (!match?.[1]) return null;
      keys.push({ id: match[1], desc: match[2] === "desc" });
    }
    return keys.length > 0 ? keys : null;
  },
  serialize: (keys) => keys.map((k) => (k.desc ? `${k.id}:desc` : k.id)).join(","),
  eq: (a, b) => a.length === b.length && a.every((k, i) => k.id === b[i]?.id && k.desc === b[i]?.desc),
});

export const PAGE_SIZES = [10, 25, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 25;
export const DENSITIES = ["comfortable", "compact"] as const;
export type Density = (typeof DENSITIES)[number];

/** Offset paging: `page` (1-based) and `size`. A page size outside PAGE_SIZES falls back to the default. */
export const offsetPagingParsers = {
  page: parseAsInteger.withDefault(1),
  size: parseAsInteger.withDefault(DEFAULT_PAGE_SIZE),
};

/** Keyset paging: an opaque `cursor` the area's query understands (e.g. the last row's id), and `size`. */
export const keysetPagingParsers = {
  cursor: parseAsString,
  size: parseAsInteger.withDefault(DEFAULT_PAGE_SIZE),
};

/** How a list looks, not what it holds: kept in the URL so a shared link looks the same; the server can ignore these. */
export const viewParsers = {
  sort: parseAsSort.withDefault([]),
  density: parseAsStringLiteral(DENSITIES).withDefault("comfortable"),
  /** Column ids the person hid (a list's columns default to visible). */
  hide: parseAsArrayOf(parseAsString).withDefault([]),
};

/** Every key the kit writes; the filter bar clears paging keys when a filter changes. */
export const PAGING_KEYS = ["page", "cursor"] as const;

/** A page number the server can use: at least 1. */
export function safePage(page: number): number {
  return Number.isSafeInteger(page) && page >= 1 ? page : 1;
}

/** A page size from the allowed set, so `size=100000` cannot ask the database for everything. */
export function safePageSize(size: number): number {
  return (PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_PAGE_SIZE;
}
