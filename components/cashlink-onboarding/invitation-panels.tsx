import type { ReactNode } from "react";

import { DateTime } from "@/components/ui/date-time";
import { EnumText } from "@/components/ui/enum-text";
import { Money } from "@/components/ui/money";
import type { InvitationDetail } from "@/lib/onboarding/get-cashlink-invitation";
import { fromCashlinkMoney } from "@/lib/providers/cashlink/transform";

import { InvestmentStatusBadge, SelfDisclosureBadge, SignedBadge, SurveyBadge, WalletBadge } from "./checklist-badges";

function Panel({ title, children, label }: { title: string; children: ReactNode; label?: string }) {
  return (
    <section aria-label={label ?? title} className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 className="mb-2 text-sm font-semibold">{title}</h2>
      <dl className="grid grid-cols-[10rem_1fr] gap-x-3 gap-y-1.5 text-sm">{children}</dl>
    </section>
  );
}
function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt className="text-slate-600">{label}</dt>
      <dd className="min-w-0 break-words">{children}</dd>
    </>
  );
}
const utc = (iso: string | null | undefined) => <DateTime value={iso} style="datetime-seconds" />;

export function ChecklistPanel({ detail }: { detail: InvitationDetail }) {
  const { invitation } = detail;
  const c = invitation.checklist;
  return (
    <Panel title="Compliance checklist" label="Checklist">
      <Row label="Self-disclosure">
        <SelfDisclosureBadge value={c.selfDisclosure} />
      </Row>
      <Row label="Survey or waiver">
        <SurveyBadge value={c.survey} />
        {c.surveyResult && (
          <span className="ml-2 text-xs text-slate-600">
            result <EnumText value={c.surveyResult} />
          </span>
        )}
        {invitation.surveyWaiver && <span className="ml-2 text-xs text-slate-600">waiver {invitation.surveyWaiver}</span>}
      </Row>
      <Row label="Signed">
        <SignedBadge value={c.signed} />
        {detail.investment?.signedAt && <span className="ml-2 text-xs text-slate-600">{utc(detail.investment.signedAt)}</span>}
      </Row>
      <Row label="Wallet linked">
        <WalletBadge value={c.wallet} />
      </Row>
      <Row label="Costs document">{invitation.costsDocumentReady ? "Ready" : "Being rendered by Cashlink"}</Row>
      {invitation.missing.length > 0 && (
        <Row label="Cashlink says missing">
          <ul className="list-disc pl-4 text-xs">
            {invitation.missing.map((m) => (
              <li key={m.field}>{m.message}</li>
            ))}
          </ul>
        </Row>
      )}
    </Panel>
  );
}

export function InvestorPanel({ detail }: { detail: InvitationDetail }) {
  const person = (detail.investor?.natural_person ?? null) as { forename?: string; surname?: string; country?: string } | null;
  const legal = (detail.investor?.legal_person ?? null) as { company_name?: string } | null;
  const name = person ? `${person.forename ?? ""} ${person.surname ?? ""}`.trim() : (legal?.company_name ?? "—");
  return (
    <Panel title="Investor and wallet" label="Investor">
      <Row label="Investor id">
        <span className="font-mono text-xs">{detail.invitation.investorId}</span>
      </Row>
      <Row label="Name">{detail.investor ? name || "—" : "Not found at Cashlink"}</Row>
      <Row label="Identified (KYC)">{detail.investor?.is_identified ? "Yes" : "No"}</Row>
      <Row label="Wallets">
        {detail.wallets.length === 0 ? (
          "None: the units cannot be delivered until the investor has one"
        ) : (
          <ul className="text-xs">
            {detail.wallets.map((w) => (
              <li key={w.id} className="font-mono">
                {w.type ?? "wallet"} {w.address ?? w.id}
              </li>
            ))}
          </ul>
        )}
      </Row>
    </Panel>
  );
}

export function InvestmentPanel({ detail }: { detail: InvitationDetail }) {
  const { investment, campaign, invitation } = detail;
  const price = campaign?.unit_price ? fromCashlinkMoney(campaign.unit_price) : null;
  return (
    <Panel title="Investment" label="Investment details">
      <Row label="Campaign">{campaign?.name ?? invitation.campaignId}</Row>
      <Row label="Units">
        {invitation.units}
        {price && (
          <span className="ml-2 text-xs text-slate-600">
            at <Money amount={price.amount} currency={price.currency} />
          </span>
        )}
      </Row>
      <Row label="Amount">
        {invitation.amount ? <Money amount={invitation.amount.amount} currency={invitation.amount.currency} /> : "—"}
      </Row>
      <Row label="Status">
        <InvestmentStatusBadge status={investment?.rawStatus ?? null} />
      </Row>
      {investment && (
        <>
          <Row label="Investment id">
            <span className="font-mono text-xs" data-testid="investment-id">
              {investment.id}
            </span>
          </Row>
          <Row label="Accepted">{utc(investment.acceptedAt)}</Row>
          <Row label="Paid">{utc(investment.paidAt)}</Row>
          <Row label="Delivered">{utc(investment.deliveredAt)}</Row>
          <Row label="Wallet">{investment.walletId ? <span className="font-mono text-xs">{investment.walletId}</span> : "Not linked"}</Row>
        </>
      )}
    </Panel>
  );
}
