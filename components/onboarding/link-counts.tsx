import Link from "next/link";

import { cn } from "@/lib/utils";

/** A row of filter links, each with its count; the active one is outlined. Other URL params are kept, the page resets. */
export function LinkCounts({
  label,
  base,
  param,
  params,
  options,
  active,
}: {
  label: string;
  base: string;
  param: string;
  params: Record<string, string>;
  options: { value: string | null; label: string; count?: number }[];
  active: string | null;
}) {
  const hrefFor = (value: string | null) => {
    const query = new URLSearchParams(Object.entries(params).filter(([k]) => k !== param && k !== "page"));
    if (value) query.set(param, value);
    const qs = query.toString();
    return qs ? `${base}?${qs}` : base;
  };
  return (
    <nav aria-label={label} className="mb-3 flex flex-wrap gap-2 text-sm">
      {options.map((o) => (
        <Link
          key={o.value ?? "all"}
          href={hrefFor(o.value)}
          data-testid={`${param}-${o.value ?? "all"}`}
          aria-current={active === o.value ? "true" : undefined}
          className={cn(
            "inline-flex min-h-8 items-center rounded-md border bg-white px-3",
            active === o.value ? "border-slate-900" : "border-slate-200 hover:border-slate-400",
          )}
        >
          {o.label}
          {o.count !== undefined && <span className="ml-1 font-mono font-semibold">{o.count}</span>}
        </Link>
      ))}
    </nav>
  );
}
