"use client";

import Link from "next/link";
import { useState } from "react";

import type { WithdrawalRowView } from "@/lib/withdrawals/find-withdrawals";

import { BulkApprove } from "./bulk-approve";
import { SlaAge } from "./sla-age";
import { WithdrawalStateBadge } from "./withdrawal-state-badge";

export type QueueRow = WithdrawalRowView & { approveReason: string | null };

/**
 * The queue. Admins can tick requests they may approve; a request the four-eyes
 * rule keeps from them has a disabled box whose title (and row) says why.
 */
export function WithdrawalsQueue({ rows, canDecide }: { rows: QueueRow[]; canDecide: boolean }) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const selectable = rows.filter((r) => r.approveReason === null);
  const toggle = (id: string, on: boolean) =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  return (
    <>
      {/* Rendered even when the list empties, so the results of a bulk approval stay on screen after the refresh. */}
      {canDecide && <BulkApprove ids={rows.filter((r) => selected.has(r.id)).map((r) => r.id)} onDone={() => setSelected(new Set())} />}
      {rows.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-sm text-slate-600">
          No withdrawals match these filters.
        </p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left text-sm" data-testid="withdrawals-queue">
            <thead className="border-b border-slate-200 bg-slate-50 text-xs text-slate-600 uppercase">
              <tr>
                {canDecide && (
                  <th className="px-3 py-2">
                    <input
                      type="checkbox"
                      aria-label="Select every request I may approve"
                      disabled={selectable.length === 0}
                      checked={selectable.length > 0 && selectable.every((r) => selected.has(r.id))}
                      onChange={(e) => setSelected(new Set(e.target.checked ? selectable.map((r) => r.id) : []))}
                    />
                  </th>
                )}
                <th className="px-3 py-2">State</th>
                <th className="px-3 py-2 text-right">Amount</th>
                <th className="px-3 py-2">Provider</th>
                <th className="px-3 py-2">Portfolio / account</th>
                <th className="px-3 py-2">Age</th>
                <th className="px-3 py-2">Requested (UTC)</th>
                <th className="px-3 py-2">Four eyes</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr
                  key={r.id}
                  className="border-b border-slate-100 align-top last:border-0"
                  data-testid="withdrawal-row"
                  data-withdrawal-id={r.id}
                >
                  {canDecide && (
                    <td className="px-3 py-2">
                      <input
                        type="checkbox"
                        aria-label={`Select withdrawal ${r.id}`}
                        title={r.approveReason ?? undefined}
                        disabled={r.approveReason !== null}
                        checked={selected.has(r.id)}
                        onChange={(e) => toggle(r.id, e.target.checked)}
                      />
                    </td>
                  )}
                  <td className="px-3 py-2">
                    <Link
                      href={`/withdrawals/${r.id}`}
                      className="underline-offset-2 hover:underline"
                      aria-label={`Open withdrawal ${r.id}`}
                    >
                      <WithdrawalStateBadge state={r.state} />
                    </Link>
                  </td>
                  <td className="px-3 py-2 text-right font-mono text-xs whitespace-nowrap tabular-nums">
                    <Link href={`/withdrawals/${r.id}`} className="underline">
                      {r.amount}
                    </Link>
                  </td>
                  <td className="px-3 py-2 text-xs">{r.provider}</td>
                  <td className="px-3 py-2 font-mono text-xs">
                    {r.portfolioRef ? (
                      <Link href={`/portfolios/${encodeURIComponent(r.portfolioRef)}`} className="underline">
                        {r.portfolioRef}
                      </Link>
                    ) : r.accountRef ? (
                      `${r.customerRef} / ${r.accountRef}`
                    ) : (
                      "—"
                    )}
                  </td>
                  <td className="px-3 py-2">
                    <SlaAge age={r.age} sla={r.sla} />
                  </td>
                  <td className="px-3 py-2 font-mono text-xs whitespace-nowrap">{r.createdAt.replace("T", " ").slice(0, 19)}</td>
                  <td className="px-3 py-2 text-xs text-slate-600">
                    {r.makerId ? `Prepared · ${r.approverIds.length}/${r.requiredApprovals} approval(s)` : "Not prepared"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
