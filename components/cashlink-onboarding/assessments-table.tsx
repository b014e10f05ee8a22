import Link from "next/link";

import { Badge } from "@/components/ui/badge";
import type { AssessmentRow } from "@/lib/onboarding/find-assessments";

const TONE: Record<string, "good" | "warn" | "bad" | "info" | "neutral"> = {
  ACCEPTED: "good",
  COMPLETED: "info",
  IN_PROGRESS: "neutral",
  COOLDOWN: "warn",
  EXPIRED: "bad",
};
const utc = (d: Date | null) => (d ? d.toISOString().slice(0, 19).replace("T", " ") : "—");

export function AssessmentsTable({ rows }: { rows: AssessmentRow[] }) {
  if (rows.length === 0) {
    return (
      <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-sm text-slate-600">
        No suitability assessments match these filters.
      </p>
    );
  }
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm" data-testid="assessments-table">
        <thead className="border-b border-slate-200 bg-slate-50 text-xs text-slate-600 uppercase">
          <tr>
            <th className="px-3 py-2">User</th>
            <th className="px-3 py-2">Portfolio</th>
            <th className="px-3 py-2">Status</th>
            <th className="px-3 py-2">As of (UTC)</th>
            <th className="px-3 py-2">Accepted (UTC)</th>
            <th className="px-3 py-2">Profile</th>
            <th className="px-3 py-2">Questionnaire</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr
              key={`${r.profileId}:${r.questionnaireId}:${r.portfolioRef ?? ""}`}
              className="border-b border-slate-100 last:border-0"
              data-testid="assessment-row"
              data-profile-id={r.profileId}
            >
              <td className="px-3 py-2 font-mono text-xs">{r.userRef ?? "—"}</td>
              <td className="px-3 py-2 font-mono text-xs">
                {r.portfolioRef ? (
                  <Link className="underline" href={`/portfolios/${encodeURIComponent(r.portfolioRef)}`}>
                    {r.portfolioRef}
                  </Link>
                ) : (
                  <span title="InvestSuite has not yet told us which portfolio uses this profile (profile-created-for-portfolio).">
                    Not linked yet
                  </span>
                )}
              </td>
              <td className="px-3 py-2">
                <Badge tone={TONE[r.status] ?? "neutral"}>{r.status}</Badge>
              </td>
              <td className="px-3 py-2 font-mono text-xs">{utc(r.statusAt)}</td>
              <td className="px-3 py-2 font-mono text-xs">{utc(r.acceptedAt)}</td>
              <td className="px-3 py-2 font-mono text-xs">{r.profileId}</td>
              <td className="px-3 py-2 font-mono text-xs">{r.questionnaireId || "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
