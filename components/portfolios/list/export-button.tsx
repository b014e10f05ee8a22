"use client";

import { useRef, useState } from "react";

import { Button } from "@/components/ui/button";

type Progress = { rows: number; total: number; state: "running" | "done" | "cancelled" | "failed"; message?: string };

/** Counts finished CSV records: newlines outside quoted fields (names may contain line breaks). */
function recordCounter() {
  let quoted = false;
  return (chunk: string) => {
    let n = 0;
    for (const c of chunk) {
      if (c === '"') quoted = !quoted;
      else if (c === "\n" && !quoted) n++;
    }
    return n;
  };
}

/**
 * Downloads the CSV of every matching portfolio. The response is read as a stream so the
 * bar can move (rows received against the provider's `count`, sent as x-total-count);
 * Cancel aborts the request, which also stops the server walking InvestSuite's pages.
 */
export function ExportButton({ search }: { search: string }) {
  const [progress, setProgress] = useState<Progress | null>(null);
  const controller = useRef<AbortController | null>(null);

  async function run() {
    controller.current = new AbortController();
    setProgress({ rows: 0, total: 0, state: "running" });
    try {
      const response = await fetch(`/api/portfolios/export?${search}`, { signal: controller.current.signal });
      if (!response.ok || !response.body) {
        const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
        throw new Error(body?.error?.message ?? `Export failed (HTTP ${response.status}).`);
      }
      const total = Number(response.headers.get("x-total-count") ?? 0);
      const count = recordCounter();
      const decoder = new TextDecoder();
      const parts: BlobPart[] = [];
      let rows = -1; // the header line
      const reader = response.body.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        parts.push(value);
        rows += count(decoder.decode(value, { stream: true }));
        setProgress({ rows: Math.max(rows, 0), total, state: "running" });
      }
      const url = URL.createObjectURL(new Blob(parts, { type: "text/csv" }));
      const a = document.createElement("a");
      a.href = url;
      a.download = /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "")?.[1] ?? "portfolios.csv";
      a.click();
      URL.revokeObjectURL(url);
      setProgress({ rows: Math.max(rows, 0), total, state: "done" });
    } catch (error) {
      if (controller.current?.signal.aborted) setProgress((p) => ({ rows: p?.rows ?? 0, total: p?.total ?? 0, state: "cancelled" }));
      else setProgress((p) => ({ rows: p?.rows ?? 0, total: p?.total ?? 0, state: "failed", message: (error as Error).message }));
    }
  }

  const running = progress?.state === "running";
  return (
    <div className="flex items-center gap-2 text-sm" data-testid="export">
      <Button variant="secondary" onClick={run} disabled={running}>
        Export CSV
      </Button>
      {running && (
        <Button variant="ghost" onClick={() => controller.current?.abort()}>
          Cancel
        </Button>
      )}
      {progress && (
        <span className="flex items-center gap-2 text-xs text-slate-600" data-testid="export-progress" data-state={progress.state}>
          <progress
            max={progress.total || 1}
            value={progress.state === "done" ? progress.total || 1 : progress.rows}
            className="h-2 w-32"
          />
          {progress.state === "failed" ? (
            <span className="text-red-700">{progress.message}</span>
          ) : (
            `${progress.rows} of ${progress.total} ${progress.state === "running" ? "" : progress.state}`
          )}
        </span>
      )}
    </div>
  );
}
