"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { toast } from "sonner";

import { ProgressBar } from "@/components/ui/progress-bar";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { replayFailedEventsAction } from "@/lib/actions/events";

type Progress = { done: number; total: number; state: "running" | "cancelled" | "finished" | "failed"; message?: string };

const CHUNK_SIZE = 100;

/**
 * Replays every FAILED or DEAD event matching the page's filter, one chunk per
 * action call, so progress is visible and Cancel stops between chunks (a chunk
 * already sent completes; each chunk is its own audited transaction).
 */
export function BulkReplay({
  filter,
  failedCount,
  failedCountApproximate = false,
  disabledReason,
}: {
  filter: Record<string, string>;
  failedCount: number;
  /** The count is an estimate (a large filter): the replay's own answers give the exact total. */
  failedCountApproximate?: boolean;
  disabledReason?: string;
}) {
  const router = useRouter();
  const [progress, setProgress] = useState<Progress | null>(null);
  const cancelled = useRef(false);
  const running = progress?.state === "running";
  const countLabel = `${failedCountApproximate ? "about " : ""}${failedCount}`;

  async function run() {
    cancelled.current = false;
    let done = 0;
    let afterId: string | undefined;
    setProgress({ done, total: failedCount, state: "running" });
    for (;;) {
      const result = await replayFailedEventsAction({ filter, afterId, chunkSize: CHUNK_SIZE });
      if (!result?.data) {
        const message = result?.serverError ?? "The filter was not accepted.";
        setProgress({ done, total: done, state: "failed", message });
        toast.error(message);
        break;
      }
      done += result.data.replayed;
      // The total can grow while we work (new failures arrive), so it is re-read from every answer.
      const total = done + result.data.remaining;
      if (result.data.remaining === 0 || !result.data.nextAfterId) {
        setProgress({ done, total, state: "finished" });
        toast.success(`${done} event(s) queued for replay.`);
        break;
      }
      if (cancelled.current) {
        setProgress({ done, total, state: "cancelled" });
        toast.info(`Stopped after ${done} event(s); the rest were not replayed.`);
        break;
      }
      setProgress({ done, total, state: "running" });
      afterId = result.data.nextAfterId;
    }
    router.refresh();
  }

  const percent = progress && progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : 0;
  return (
    <section aria-label="Bulk replay" className="mb-4 rounded-lg border border-amber-200 bg-amber-50/50 p-3 text-sm">
      <div className="flex flex-wrap items-center gap-3">
        <ConfirmDialog
          trigger={
            <Button variant="secondary" size="sm" disabled={running || failedCount === 0 || !!disabledReason}>
              Replay failed events matching this filter
            </Button>
          }
          title={`Replay ${countLabel} failed or dead event(s)?`}
          description="Every FAILED or DEAD event matching this filter runs its handler again."
          confirmLabel="Replay"
          onConfirm={() => {
            void run();
          }}
        />
        {running && (
          <Button variant="ghost" size="sm" onClick={() => (cancelled.current = true)}>
            Cancel
          </Button>
        )}
        <span className="text-xs text-slate-700">
          {disabledReason ?? `${countLabel} FAILED or DEAD event(s) match; only those are replayed.`}
        </span>
      </div>
      {progress && (
        <div className="mt-2">
          <ProgressBar label="Replay progress" percent={percent} />
          <p className="mt-1 text-xs text-slate-600" aria-live="polite">
            {progress.done} of {progress.total} replayed
            {progress.state === "running"
              ? "…"
              : progress.state === "finished"
                ? "."
                : progress.state === "cancelled"
                  ? " (cancelled)."
                  : `: ${progress.message}`}
          </p>
        </div>
      )}
    </section>
  );
}
