import Link from "next/link";

import type { InvitationRow } from "@/lib/onboarding/find-cashlink-invitations";

import { InvestmentStatusBadge, SelfDisclosureBadge, SignedBadge, SurveyBadge, WalletBadge } from "./checklist-badges";

const short = (id: string) => `${id.slice(0, 8)}…`;

export function InvitationsTable({ rows }: { rows: InvitationRow[] }) {
  if (rows.length === 0) {
    return (
      <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-sm text-slate-600">
        No invitations match these filters.
      </p>
    );
  }
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm" data-testid="invitations-table">
        <thead className="border-b border-slate-200 bg-slate-50 text-xs text-slate-600 uppercase">
          <tr>
            <th className="px-3 py-2">Invitation</th>
            <th className="px-3 py-2">Investor</th>
            <th className="px-3 py-2 text-right">Amount</th>
            <th className="px-3 py-2">Self-disclosure</th>
            <th className="px-3 py-2">Survey</th>
            <th className="px-3 py-2">Signed</th>
            <th className="px-3 py-2">Wallet</th>
            <th className="px-3 py-2">Investment</th>
            <th className="px-3 py-2">Created (UTC)</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-b border-slate-100 last:border-0" data-testid="invitation-row" data-invitation-id={r.id}>
              <td className="px-3 py-2 font-mono text-xs">
                <Link className="underline" href={`/onboarding/invitations/${encodeURIComponent(r.id)}`} title={r.id}>
                  {short(r.id)}
                </Link>
              </td>
              <td className="px-3 py-2 font-mono text-xs" title={r.investorId}>
                {short(r.investorId)}
              </td>
              <td className="px-3 py-2 text-right font-mono whitespace-nowrap">
                {r.amount ? `${r.amount.amount} ${r.amount.currency}` : `${r.units} units`}
              </td>
              <td className="px-3 py-2">
                <SelfDisclosureBadge value={r.checklist.selfDisclosure} />
              </td>
              <td className="px-3 py-2">
                <SurveyBadge value={r.checklist.survey} />
              </td>
              <td className="px-3 py-2">
                <SignedBadge value={r.checklist.signed} />
              </td>
              <td className="px-3 py-2">
                <WalletBadge value={r.checklist.wallet} />
              </td>
              <td className="px-3 py-2">
                {r.checklist.readyToInvest ? (
                  <span className="text-xs font-medium text-emerald-800">Ready to invest</span>
                ) : (
                  <InvestmentStatusBadge status={r.investment?.status ?? null} />
                )}
              </td>
              <td className="px-3 py-2 text-xs whitespace-nowrap text-slate-600">{r.createdAt?.slice(0, 16).replace("T", " ") ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
