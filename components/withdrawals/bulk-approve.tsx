"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

import { Button } from "@/components/ui/button";
import { approveWithdrawalAction } from "@/lib/actions/withdrawals";

type Result = { id: string; ok: boolean; message: string };

/**
 * Approves the selected requests one action call at a time, in order, so each one is
 * checked by the four-eyes rule on the server and gets its own result line.
 */
export function BulkApprove({ ids, onDone }: { ids: string[]; onDone: () => void }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [total, setTotal] = useState(0);
  const [results, setResults] = useState<Result[]>([]);
  const [running, setRunning] = useState(false);

  async function run() {
    const batch = [...ids];
    setConfirming(false);
    setRunning(true);
    setTotal(batch.length);
    setResults([]);
    for (const id of batch) {
      let result: Result;
      try {
        const answer = await approveWithdrawalAction({ withdrawalId: id });
        if (answer?.data)
          result = {
            id,
            ok: true,
            message: answer.data.approved ? "Approved; it will be paid out." : "Approval recorded; it needs another admin.",
          };
        else result = { id, ok: false, message: answer?.serverError ?? "The request was not accepted." };
      } catch {
        result = { id, ok: false, message: "The server could not be reached; nothing was recorded for this one." };
      }
      setResults((prev) => [...prev, result]);
    }
    setRunning(false);
    onDone();
    router.refresh();
  }

  const percent = total > 0 ? Math.round((results.length / total) * 100) : 0;
  return (
    <section aria-label="Bulk approval" className="mb-3 rounded-lg border border-slate-200 bg-white p-3 text-sm">
      <div className="flex flex-wrap items-center gap-3">
        <Button size="sm" disabled={running || ids.length === 0} onClick={() => setConfirming(true)}>
          Approve selected ({ids.length})
        </Button>
        {confirming && (
          <>
            <span>Approve {ids.length} withdrawal(s)? Approved ones are paid out by InvestSuite.</span>
            <Button size="sm" onClick={() => void run()}>
              Confirm approval of {ids.length}
            </Button>
            <Button size="sm" variant="ghost" onClick={() => setConfirming(false)}>
              Cancel
            </Button>
          </>
        )}
        {ids.length === 0 && !confirming && (
          <span className="text-xs text-slate-600">Tick the requests to approve; you cannot tick the ones you prepared.</span>
        )}
      </div>
      {total > 0 && (
        <div className="mt-2">
          <div
            className="h-2 w-full overflow-hidden rounded bg-slate-200"
            role="progressbar"
            aria-label="Approval progress"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={percent}
          >
            <div className="h-full bg-slate-900 transition-all" style={{ width: `${percent}%` }} />
          </div>
          <p className="mt-1 text-xs text-slate-600" aria-live="polite">
            {results.length} of {total} done{running ? "…" : "."}
          </p>
          <ul className="mt-1 space-y-0.5 text-xs" data-testid="bulk-results">
            {results.map((r) => (
              <li key={r.id} className={r.ok ? "text-emerald-800" : "text-red-800"}>
                <span className="font-mono">{r.id}</span>: {r.message}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
