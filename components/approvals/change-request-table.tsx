"use client";

import { Badge } from "@/components/ui/badge";
import type { ChangeRequestRow } from "@/lib/four-eyes/list-change-requests";

import { ChangeRequestActions } from "./change-request-actions";

const TONE = {
  PENDING: "warn",
  APPROVED: "info",
  EXECUTED: "good",
  FAILED: "bad",
  REJECTED: "bad",
  CANCELLED: "neutral",
  EXPIRED: "neutral",
} as const;

const when = (iso: string | null) => (iso ? `${iso.slice(0, 16).replace("T", " ")} UTC` : "");

export function ChangeRequestTable({ rows, empty }: { rows: ChangeRequestRow[]; empty: string }) {
  if (rows.length === 0) return <p className="text-sm text-slate-600">{empty}</p>;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <thead className="border-b border-slate-200 bg-slate-50 text-xs text-slate-600 uppercase">
          <tr>
            <th className="px-3 py-2">What</th>
            <th className="px-3 py-2">Values</th>
            <th className="px-3 py-2">Asked by</th>
            <th className="px-3 py-2">State</th>
            <th className="px-3 py-2">Decision</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-testid={`change-request-${row.id}`} className="border-b border-slate-100 align-top last:border-0">
              <td className="px-3 py-2">
                <p className="font-medium">{row.summary}</p>
                <p className="text-xs text-slate-600">{row.description}</p>
              </td>
              <td className="px-3 py-2">
                <dl className="grid grid-cols-[auto_1fr] gap-x-2 text-xs">
                  {Object.entries(row.values).map(([key, value]) => (
                    <div key={key} className="contents">
                      <dt className="text-slate-500">{key}</dt>
                      <dd className="font-mono break-all">{value ?? "—"}</dd>
                    </div>
                  ))}
                </dl>
              </td>
              <td className="px-3 py-2 whitespace-nowrap">
                <p>{row.mine ? "You" : row.requestedBy}</p>
                <p className="text-xs text-slate-600">{when(row.requestedAt)}</p>
              </td>
              <td className="px-3 py-2">
                <Badge tone={TONE[row.state]}>{row.state}</Badge>
                {row.state === "PENDING" && <p className="mt-1 text-xs text-slate-600">expires {when(row.expiresAt)}</p>}
              </td>
              <td className="px-3 py-2">
                {row.state === "PENDING" ? (
                  <ChangeRequestActions row={row} />
                ) : (
                  <div className="text-xs text-slate-700">
                    {row.decidedBy && <p>by {row.decidedBy}</p>}
                    {row.decidedAt && <p>{when(row.decidedAt)}</p>}
                    {row.reason && <p>Reason: {row.reason}</p>}
                    {row.error && <p className="text-red-700">{row.error}</p>}
                    {row.state === "APPROVED" && (
                      <p className="text-amber-800">Sent to the provider; no outcome recorded yet. Check there.</p>
                    )}
                  </div>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
