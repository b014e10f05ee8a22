"use client";

import { Button } from "@/components/ui/button";
import { Options, Select } from "@/components/ui/field";
import { SORTABLE_FIELDS } from "@/lib/portfolios/portfolio-fields";
import type { OrderByKey } from "@/lib/query-language/ast";

/** `orderby` as a list of keys; the first key sorts first. */
export function SortBuilder({ value, onChange }: { value: OrderByKey[]; onChange: (keys: OrderByKey[]) => void }) {
  const set = (i: number, key: Partial<OrderByKey>) => onChange(value.map((k, j) => (j === i ? { ...k, ...key } : k)));
  const unused = SORTABLE_FIELDS.find((f) => !value.some((k) => k.field === f.name));
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm" data-testid="sort-builder">
      <span className="text-xs font-medium text-slate-700">Order by</span>
      {value.length === 0 && <span className="text-xs text-slate-500">creation order</span>}
      {value.map((key, i) => (
        <span key={i} className="inline-flex items-center gap-1 rounded-md border border-slate-200 bg-white p-1">
          <Select
            aria-label={`Sort field ${i + 1}`}
            className="h-8 w-44"
            value={key.field}
            onChange={(e) => set(i, { field: e.target.value })}
          >
            <Options options={SORTABLE_FIELDS.map((f) => ({ value: f.name, label: f.label }))} />
          </Select>
          <Select
            aria-label={`Sort direction ${i + 1}`}
            className="h-8 w-32"
            value={key.direction}
            onChange={(e) => set(i, { direction: e.target.value === "desc" ? "desc" : "asc" })}
          >
            <option value="asc">ascending</option>
            <option value="desc">descending</option>
          </Select>
          <Button variant="ghost" size="sm" aria-label={`Remove sort ${i + 1}`} onClick={() => onChange(value.filter((_, j) => j !== i))}>
            ×
          </Button>
        </span>
      ))}
      {unused && value.length < 5 && (
        <Button variant="secondary" size="sm" onClick={() => onChange([...value, { field: unused.name, direction: "asc" }])}>
          + Sort
        </Button>
      )}
    </div>
  );
}
