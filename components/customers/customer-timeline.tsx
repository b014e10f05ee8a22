import { DateTime } from "@/components/ui/date-time";
import Link from "next/link";

import { PanelSection } from "@/components/customers/provider-panels";
import { PROVIDER_LABEL, type ProviderKey } from "@/components/customers/provider-words";
import { Badge } from "@/components/ui/badge";
import type { TimelineItem, TimelineSource } from "@/lib/customers/timeline";

const SOURCES: { value: TimelineSource | "all"; label: string }[] = [
  { value: "all", label: "All" },
  { value: "provider", label: "Provider events" },
  { value: "ours", label: "Our actions" },
  { value: "audit", label: "Audit" },
];

/** One merged timeline; the filter is a link (`?tl=`), so a filtered view can be shared. */
export function CustomerTimeline({ items, active, base }: { items: TimelineItem[]; active: TimelineSource | "all"; base: string }) {
  const shown = active === "all" ? items : items.filter((i) => i.source === active);
  return (
    <PanelSection id="timeline" title="Timeline" testId="customer-timeline">
      <nav aria-label="Timeline filter" className="mb-3 flex flex-wrap gap-2 text-sm">
        {SOURCES.map((s) => (
          <Link
            key={s.value}
            href={s.value === "all" ? base : `${base}?tl=${s.value}`}
            aria-current={active === s.value ? "true" : undefined}
            className={active === s.value ? "rounded bg-slate-900 px-2 py-1 text-white" : "rounded border border-slate-300 px-2 py-1"}
          >
            {s.label} ({s.value === "all" ? items.length : items.filter((i) => i.source === s.value).length})
          </Link>
        ))}
      </nav>
      {shown.length === 0 ? (
        <p className="text-sm text-slate-600">Nothing yet.</p>
      ) : (
        <ol className="flex flex-col gap-1.5 text-sm">
          {shown.map((i) => (
            <li key={i.key} className="flex flex-wrap items-baseline gap-2" data-source={i.source}>
              <time dateTime={i.at} className="w-40 shrink-0 font-mono text-xs text-slate-600">
                <DateTime value={i.at} />
              </time>
              <Badge tone={i.source === "provider" ? "info" : i.source === "audit" ? "neutral" : "good"}>
                {i.provider ? (PROVIDER_LABEL[i.provider as ProviderKey] ?? i.provider) : i.source === "audit" ? "Audit" : "Ours"}
              </Badge>
              {i.href ? (
                <Link href={i.href} className="underline">
                  {i.title}
                </Link>
              ) : (
                <span>{i.title}</span>
              )}
              {i.detail && <span className="text-slate-600">{i.detail}</span>}
            </li>
          ))}
        </ol>
      )}
    </PanelSection>
  );
}
