/** Nearest-rank percentile of durations in ms (sorted copy; the input is left alone). */
export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1]!;
}

export type Timing = { runs: number; p50: number; p95: number; max: number };

export function summarize(samples: number[]): Timing {
  return { runs: samples.length, p50: percentile(samples, 50), p95: percentile(samples, 95), max: Math.max(...samples) };
}

/** Times `runs` calls one after another, after `warmups` untimed ones (caches, JIT, connection pool). */
export async function timeCalls(call: () => Promise<unknown>, warmups: number, runs: number): Promise<Timing> {
  for (let i = 0; i < warmups; i++) await call();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await call();
    samples.push(performance.now() - started);
  }
  return summarize(samples);
}

export const fmtInt = (n: number) => Math.round(n).toLocaleString("en-US");
export const fmtMs = (n: number) => (Number.isFinite(n) ? (n < 10 ? n.toFixed(1) : Math.round(n).toString()) : "–");

/** The timing columns every bench table has, in this order, and a timing's cells under them. */
export const TIMING_COLUMNS = ["p50 ms", "p95 ms", "max ms", "runs"];
export const timingCells = (t: Timing) => [fmtMs(t.p50), fmtMs(t.p95), fmtMs(t.max), String(t.runs)];

/** A plain-text table: columns padded to their widest cell, numbers right-aligned. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const numeric = (cell: string) => /^[\d,.–×≥≤ %/-]+$/.test(cell);
  // The last column is free text: left unpadded so long notes do not widen every line.
  const pad = (c: string, i: number) => (i === header.length - 1 ? c : numeric(c) && i > 0 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!));
  const line = (cells: string[]) => cells.map(pad).join("  ").trimEnd();
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}
