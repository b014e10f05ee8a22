"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

import { useFormatPrefs } from "@/components/ui/format-provider";
import { formatCalendarDay, formatDateTime } from "@/lib/format/dates";

type Point = { bucket: string; type: string; count: number };

// More series than this turn into an unreadable rainbow; the rest are summed as "other".
const MAX_SERIES = 7;
const COLORS = ["#0f172a", "#0369a1", "#059669", "#d97706", "#b91c1c", "#7c3aed", "#db2777", "#94a3b8"];

const STEP_MS = { minute: 60_000, hour: 3_600_000, day: 86_400_000 } as const;
type Bucket = keyof typeof STEP_MS;

/** Every bucket start in the period, so a silent hour shows as a gap rather than vanishing (too many: none). */
function bucketStarts(fromIso: string, toIso: string, bucket: Bucket): string[] {
  const step = STEP_MS[bucket];
  const start = Math.floor(Date.parse(fromIso) / step) * step;
  const end = Date.parse(toIso);
  if (!(end >= start) || (end - start) / step > 400) return [];
  const starts: string[] = [];
  for (let t = start; t <= end; t += step) starts.push(new Date(t).toISOString());
  return starts;
}

/** Pivot rows (bucket, type, count) into one object per bucket, keeping the busiest types. */
export function pivot(points: Point[], allBuckets: string[] = []) {
  const totals = new Map<string, number>();
  for (const p of points) totals.set(p.type, (totals.get(p.type) ?? 0) + p.count);
  const ranked = [...totals.entries()].sort((a, b) => b[1] - a[1]).map(([type]) => type);
  const shown = ranked.slice(0, MAX_SERIES);
  const series = ranked.length > MAX_SERIES ? [...shown, "other"] : shown;
  const byBucket = new Map<string, Record<string, number | string>>(allBuckets.map((b) => [b, { bucket: b }]));
  for (const p of points) {
    const row = byBucket.get(p.bucket) ?? { bucket: p.bucket };
    const key = shown.includes(p.type) ? p.type : "other";
    row[key] = ((row[key] as number | undefined) ?? 0) + p.count;
    byBucket.set(p.bucket, row);
  }
  return { series, rows: [...byBucket.values()].sort((a, b) => String(a.bucket).localeCompare(String(b.bucket))) };
}

export function EventsChart({ points, bucket, from, to }: { points: Point[]; bucket: Bucket; from: string; to: string }) {
  const prefs = useFormatPrefs();
  const { series, rows } = pivot(points, bucketStarts(from, to, bucket));
  const range = `${formatDateTime(from, prefs)} – ${formatDateTime(to, prefs)}`;
  // Day buckets are UTC days (the server groups by them), so they are named as such; hours are instants, shown in the person's zone.
  const label = (iso: unknown) =>
    typeof iso === "string" ? ((bucket === "day" ? formatCalendarDay(iso, prefs.locale) : formatDateTime(iso, prefs)) ?? "") : "";
  return (
    <section aria-label="Events per type over time" className="mb-4 rounded-lg border border-slate-200 bg-white p-3">
      <h2 className="mb-2 text-sm font-medium">
        Events per type, per {bucket === "day" ? "day (UTC)" : bucket} <span className="font-normal text-slate-700">· {range}</span>
      </h2>
      {points.length === 0 ? (
        <p className="py-8 text-center text-sm text-slate-700">No events in this period.</p>
      ) : (
        <div className="h-56">
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={rows} margin={{ top: 4, right: 8, bottom: 0, left: -16 }}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="bucket" tickFormatter={label} fontSize={11} tick={{ fill: "#334155" }} />
              <YAxis allowDecimals={false} fontSize={11} tick={{ fill: "#334155" }} />
              <Tooltip labelFormatter={label} />
              {/* Legend text in slate-800, not the series colour: coloured text on white fails 4.5:1 contrast. */}
              <Legend wrapperStyle={{ fontSize: 11 }} formatter={(value) => <span style={{ color: "#1e293b" }}>{value}</span>} />
              {series.map((type, i) => (
                <Bar key={type} dataKey={type} stackId="types" fill={COLORS[i % COLORS.length]} isAnimationActive={false} />
              ))}
            </BarChart>
          </ResponsiveContainer>
        </div>
      )}
    </section>
  );
}
