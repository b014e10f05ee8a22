import { DateTime } from "@/components/ui/date-time";
import type { BookFreshness } from "@/lib/orders/find-order-book";

const STALE_MS = 30 * 60_000;
const at = (iso: string) => <DateTime value={iso} style="datetime-seconds" />;

/** How fresh the local book is: the last full reconciliation with WiseAlpha and the newest order event applied. */
export function BookFreshnessNote({ freshness, now }: { freshness: BookFreshness; now: Date }) {
  const stale = !freshness.reconciledAt || now.getTime() - Date.parse(freshness.reconciledAt) > STALE_MS;
  return (
    <p
      className={`mb-4 rounded-md border p-2 text-xs ${stale ? "border-amber-300 bg-amber-50 text-amber-900" : "border-slate-200 bg-white text-slate-700"}`}
      data-testid="book-freshness"
    >
      Order book as of{" "}
      <strong>{freshness.reconciledAt ? at(freshness.reconciledAt) : "never (no reconciliation with WiseAlpha yet)"}</strong> (last full
      reconciliation with WiseAlpha); newest order event applied: {freshness.lastEventAt ? at(freshness.lastEventAt) : "none yet"}.
      {freshness.runningSince && <> A reconciliation is running since {at(freshness.runningSince)}.</>}
      {freshness.lastError && ` The last reconciliation failed: ${freshness.lastError}`}
      {stale && " It may be out of date: the worker reconciles it periodically."}
    </p>
  );
}
