import { Badge } from "@/components/ui/badge";

type Entry = {
  id: string;
  createdAt: string;
  actorEmail: string | null;
  actorRole: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  outcome: "SUCCESS" | "DENIED" | "FAILURE" | "ATTEMPTED";
  requestId: string | null;
  ip: string | null;
  details: string;
};

const OUTCOME_TONE = { SUCCESS: "good", DENIED: "warn", FAILURE: "bad", ATTEMPTED: "neutral" } as const;

export function AuditTable({ entries }: { entries: Entry[] }) {
  if (entries.length === 0)
    return (
      <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-sm text-slate-600">
        No audit entries match these filters.
      </p>
    );
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <thead className="border-b border-slate-200 bg-slate-50 text-xs text-slate-600 uppercase">
          <tr>
            <th className="px-3 py-2">Time (UTC)</th>
            <th className="px-3 py-2">Actor</th>
            <th className="px-3 py-2">Action</th>
            <th className="px-3 py-2">Target</th>
            <th className="px-3 py-2">Outcome</th>
            <th className="px-3 py-2">Details</th>
            <th className="px-3 py-2">Request / IP</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id} className="border-b border-slate-100 align-top last:border-0" data-testid="audit-row">
              <td className="px-3 py-2 font-mono text-xs whitespace-nowrap">{e.createdAt.replace("T", " ").slice(0, 19)}</td>
              <td className="px-3 py-2">
                {e.actorEmail ?? "—"}
                {e.actorRole && <span className="ml-1 text-xs text-slate-500">{e.actorRole}</span>}
              </td>
              <td className="px-3 py-2 font-mono text-xs">{e.action}</td>
              <td className="px-3 py-2 text-xs">{e.targetId ? `${e.targetType ?? ""} ${e.targetId}` : "—"}</td>
              <td className="px-3 py-2">
                <Badge tone={OUTCOME_TONE[e.outcome]}>{e.outcome}</Badge>
              </td>
              <td className="max-w-md px-3 py-2 font-mono text-xs break-all text-slate-700">{e.details === "{}" ? "" : e.details}</td>
              <td className="px-3 py-2 font-mono text-xs text-slate-500">
                {e.requestId?.slice(0, 8) ?? "—"}
                <br />
                {e.ip ?? ""}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
