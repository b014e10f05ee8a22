import type { FilterField } from "@/components/ui/filter-bar";

type TextOptions = { placeholder?: string; maxLength?: number; type?: "text" | "search" };
type Choice = { value: string; label: string };

/**
 * A select's choices as words by value, in the order written: `choices({ in: "Money in", out: "Money out" })`.
 * (Object keys keep their order unless they look like integers; no filter value does.)
 */
export function choices(labels: Readonly<Record<string, string>>): Choice[] {
  return Object.entries(labels).map(([value, label]) => ({ value, label }));
}

/** A select of the filter bar; `any: false` where one of the choices must always hold (a sort order). */
export function selectFilter(key: string, label: string, options: readonly Choice[], { any }: { any?: boolean } = {}): FilterField {
  return { kind: "select", key, label, options, ...(any === undefined ? {} : { any }) };
}

/** The list's sort order as a select: no "any", the first choice is the list's default. */
export function sortFilter(labels: Readonly<Record<string, string>>): FilterField {
  return selectFilter("sort", "Sort", choices(labels), { any: false });
}

/** A text input of the filter bar. */
export function textFilter(key: string, label: string, options: TextOptions = {}): FilterField {
  return { kind: "text", key, label, ...options };
}
