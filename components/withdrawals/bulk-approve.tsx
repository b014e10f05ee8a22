"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

import { ProgressBar } from "@/components/ui/progress-bar";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { approveWithdrawalAction, loadWithdrawalPayeesAction } from "@/lib/actions/withdrawals";
import type { Payee } from "@/lib/withdrawals/payee";

import { PayeeList } from "./payee-list";
import type { QueueRow } from "./withdrawals-queue";

type Result = { id: string; ok: boolean; message: string };

/**
 * Approves the selected requests one action call at a time, in order, so each one is checked by
 * the four-eyes rule on the server and gets its own result line. Before that, the dialog shows
 * each payee (name, masked account, amount) and the total per currency.
 */
export function BulkApprove({ rows, onDone }: { rows: QueueRow[]; onDone: () => void }) {
  const router = useRouter();
  const [payees, setPayees] = useState<Map<string, Payee>>(new Map());
  const [loading, setLoading] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [total, setTotal] = useState(0);
  const [results, setResults] = useState<Result[]>([]);
  const [running, setRunning] = useState(false);
  const ids = rows.map((r) => r.id);

  async function loadPayees(open: boolean) {
    if (!open || ids.length === 0) return;
    setLoading(true);
    setLoadError(null);
    const answer = await loadWithdrawalPayeesAction({ withdrawalIds: ids }).catch(() => null);
    if (answer?.data) setPayees(new Map(answer.data.payees.map((p) => [p.withdrawalId, p])));
    else setLoadError(answer?.serverError ?? "The payees could not be loaded; try again.");
    setLoading(false);
  }

  async function run() {
    const batch = [...ids];
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
    <section aria-label="Bulk approval" className="flex flex-1 flex-col gap-2 text-sm">
      <div className="flex flex-wrap items-center gap-3">
        <ConfirmDialog
          trigger={
            <Button size="sm" disabled={running || ids.length === 0}>
              Approve selected ({ids.length})
            </Button>
          }
          onOpenChange={(open) => void loadPayees(open)}
          title={`Approve ${ids.length} withdrawal(s)?`}
          description="Approved requests are paid out by the provider and cannot be called back. Check who is paid and the totals."
          confirmLabel={`Confirm approval of ${ids.length}`}
          onConfirm={() => {
            void run();
          }}
          testId="bulk-approve-dialog"
          confirmDisabled={loading || payees.size === 0}
        >
          <PayeeList
            lines={rows.map((r) => ({ id: r.id, amountValue: r.amountValue, currency: r.currency, payee: payees.get(r.id) ?? null }))}
            loading={loading}
          />
          {loadError && (
            <p role="alert" className="mt-2 text-red-800">
              {loadError}
            </p>
          )}
        </ConfirmDialog>
        {ids.length === 0 && (
          <span className="text-xs text-slate-700">Tick the requests to approve; you cannot tick the ones you prepared.</span>
        )}
      </div>
      {total > 0 && (
        <div>
          <ProgressBar label="Approval progress" percent={percent} className="max-w-md" />
          <p className="mt-1 text-xs text-slate-700" aria-live="polite">
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
