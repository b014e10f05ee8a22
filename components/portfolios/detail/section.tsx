import type { ReactNode } from "react";

import { DateTime } from "@/components/ui/date-time";

/** A titled card; every detail section uses it so the page reads as one grid. */
export function Section({
  title,
  actions,
  children,
  className,
}: {
  title: string;
  actions?: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  return (
    <section aria-label={title} className={`rounded-lg border border-slate-200 bg-white p-4 ${className ?? ""}`}>
      <div className="mb-2 flex items-center justify-between gap-2">
        <h2 className="text-sm font-semibold">{title}</h2>
        {actions}
      </div>
      {children}
    </section>
  );
}

export function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-3 gap-2 border-b border-slate-100 py-1.5 last:border-0">
      <dt className="text-xs font-medium text-slate-600">{label}</dt>
      <dd className="col-span-2 text-sm break-all">{children}</dd>
    </div>
  );
}

export const Mono = ({ children }: { children: ReactNode }) => <span className="font-mono text-xs">{children}</span>;

/** A provider moment to the second, in the person's zone (UTC and the raw value on hover). */
export const Moment = ({ value }: { value: string | null | undefined }) => <DateTime value={value} style="datetime-seconds" />;
