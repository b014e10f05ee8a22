import { formatUtc } from "@/lib/events/event-row";

export type RejectionView = {
  id: string;
  receivedAt: string;
  provider: string;
  transport: string;
  reason: string;
  ip: string | null;
  requestId: string | null;
  body: string;
};

/** Deliveries we refused (bad signature, not an event, too large): the sender saw a 4xx and may retry. */
export function RejectionsTable({ rejections }: { rejections: RejectionView[] }) {
  if (rejections.length === 0)
    return (
      <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-sm text-slate-600">
        No deliveries have been rejected.
      </p>
    );
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <thead className="border-b border-slate-200 bg-slate-50 text-xs text-slate-600 uppercase">
          <tr>
            <th className="px-3 py-2">Time (UTC)</th>
            <th className="px-3 py-2">Provider</th>
            <th className="px-3 py-2">Transport</th>
            <th className="px-3 py-2">Reason</th>
            <th className="px-3 py-2">IP / request</th>
          </tr>
        </thead>
        <tbody>
          {rejections.map((r) => (
            <tr key={r.id} className="border-b border-slate-100 align-top last:border-0" data-testid="rejection-row">
              <td className="px-3 py-2 font-mono text-xs whitespace-nowrap">{formatUtc(r.receivedAt)}</td>
              <td className="px-3 py-2 text-xs">{r.provider}</td>
              <td className="px-3 py-2 text-xs">{r.transport}</td>
              <td className="max-w-xl px-3 py-2">
                {r.reason}
                <details className="mt-1">
                  <summary className="cursor-pointer text-xs text-slate-500">Body as received ({r.body.length} chars)</summary>
                  <pre className="mt-1 max-h-48 overflow-auto rounded bg-slate-50 p-2 font-mono text-xs break-all whitespace-pre-wrap">
                    {r.body.slice(0, 4000)}
                  </pre>
                </details>
              </td>
              <td className="px-3 py-2 font-mono text-xs text-slate-500">
                {r.ip ?? "—"}
                <br />
                {r.requestId?.slice(0, 8) ?? ""}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
