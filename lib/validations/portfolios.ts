import { z } from "zod";

import { storableText } from "./storable";

import { isValidFieldName, type OrderByKey } from "@/lib/query-language/ast";

import { isStorableText } from "./storable";

/**
 * The portfolio list's URL state. `q` is the query text as typed (filter only, parsed
 * later so its error can point at a position); `sort` is `field:desc,field2` (asc when
 * no direction), kept apart from `q` so the sort builder never rewrites what was typed.
 */
export const PORTFOLIO_COLUMNS = [
  "name",
  "owner",
  "status",
  "base_currency",
  "money_type",
  "manager",
  "holdings",
  "external_id",
  "created",
  "funded_since",
] as const;
export type PortfolioColumn = (typeof PORTFOLIO_COLUMNS)[number];
export const DEFAULT_COLUMNS: readonly PortfolioColumn[] = [
  "name",
  "owner",
  "status",
  "base_currency",
  "money_type",
  "holdings",
  "created",
];

export const PAGE_SIZE = { min: 10, max: 100, default: 25 } as const;

const sortKey = z.string().transform((text, ctx): OrderByKey | typeof z.NEVER => {
  const [field = "", direction = "asc", ...rest] = text.split(":");
  if (!isValidFieldName(field) || rest.length > 0 || (direction !== "asc" && direction !== "desc")) {
    ctx.addIssue({ code: "custom", message: `"${text}" is not a sort key (field or field:desc).` });
    return z.NEVER;
  }
  return { field, direction };
});

export const sortSchema = z
  .string()
  .optional()
  .transform((v) =>
    v
      ? v
          .split(",")
          .map((s) => s.trim())
          .filter(Boolean)
      : [],
  )
  .pipe(z.array(sortKey).max(5, "Sort by at most 5 fields."));

export const portfolioListSchema = z.object({
  q: z
    .string()
    .max(2000, "The query is longer than 2000 characters.")
    // NUL or a lone surrogate would reach InvestSuite's query (and saved views) as text no one can store.
    .refine(isStorableText, "The query contains characters that cannot be used (NUL or a broken character).")
    .optional()
    .default(""),
  sort: sortSchema,
  page: z.coerce.number().int().min(1).max(100_000).optional().default(1),
  size: z.coerce.number().int().min(PAGE_SIZE.min).max(PAGE_SIZE.max).optional().default(PAGE_SIZE.default),
  cols: z
    .string()
    .optional()
    .transform((v) =>
      v ? v.split(",").filter((c): c is PortfolioColumn => (PORTFOLIO_COLUMNS as readonly string[]).includes(c)) : [...DEFAULT_COLUMNS],
    ),
});

export type PortfolioListState = z.infer<typeof portfolioListSchema>;

export function formatSort(keys: readonly OrderByKey[]): string {
  return keys.map((k) => (k.direction === "desc" ? `${k.field}:desc` : k.field)).join(",");
}

/** First value of each search parameter (Next gives arrays for repeated ones). */
export function firstValues(raw: Record<string, string | string[] | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
}

/** The state as URL parameters, leaving defaults out so shared links stay short. */
export function toSearchParams(state: Partial<Omit<PortfolioListState, "sort">> & { sort?: readonly OrderByKey[] }): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set("q", state.q);
  if (state.sort?.length) params.set("sort", formatSort(state.sort));
  if (state.page && state.page > 1) params.set("page", String(state.page));
  if (state.size && state.size !== PAGE_SIZE.default) params.set("size", String(state.size));
  if (state.cols && state.cols.join(",") !== DEFAULT_COLUMNS.join(",")) params.set("cols", state.cols.join(","));
  return params;
}

/** Saved-view state: the URL parameters minus the page, which belongs to a visit, not a view. */
export const savedViewStateSchema = z.object({
  q: storableText(2000).default(""),
  sort: storableText(500).default(""),
  size: z.coerce.number().int().min(PAGE_SIZE.min).max(PAGE_SIZE.max).default(PAGE_SIZE.default),
  cols: storableText(500).default(""),
});
export type SavedViewState = z.infer<typeof savedViewStateSchema>;

export const saveViewSchema = z.object({
  name: storableText(80).min(1, "Give the view a name."),
  state: savedViewStateSchema,
  shared: z.boolean().default(false),
});
export const deleteViewSchema = z.object({ id: storableText(64).min(1, "No view given.") });
