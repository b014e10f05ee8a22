import Link from "next/link";

import { DepositActions } from "@/components/deposits/deposit-actions";
import { DepositStateBadge } from "@/components/deposits/deposit-state-badge";
import { DepositTimeline } from "@/components/deposits/deposit-timeline";
import { Mono, Row, Section } from "@/components/portfolios/detail/section";
import { AutoRefresh } from "@/components/ui/auto-refresh";
import { BackLink } from "@/components/ui/back-link";
import { DateTime } from "@/components/ui/date-time";
import { openDetailPage } from "@/components/ui/detail-page";
import { Money } from "@/components/ui/money";
import { PageHeader } from "@/components/ui/page-header";
import { hasPermission } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { getDeposit } from "@/lib/deposits/get-deposit";
import { approveRefusal, IN_FLIGHT_STATES } from "@/lib/deposits/state-machine";
import { LINKED_REASON, linkedAskers } from "@/lib/four-eyes/eligibility";
import { formatCalendarDay } from "@/lib/format/dates";
import { loadFormatPrefs } from "@/lib/users/format-prefs";

export const metadata = { title: "Deposit" };

type Props = { params: Promise<{ id: string }> };

export default async function DepositPage({ params }: Props) {
  const [{ user, record: d }, prefs] = await Promise.all([openDetailPage(params, "deposits.view", getDeposit), loadFormatPrefs()]);
  // The same rules as approveDeposit (state machine + lib/four-eyes/eligibility.ts): the decision is offered only to eligible people.
  let whyNot = approveRefusal(d, user);
  if (whyNot === null && (await linkedAskers(getDb(), user.id, [d.recordedById])).size > 0) whyNot = LINKED_REASON;
  const awaiting = d.state === "AWAITING_APPROVAL";

  return (
    <>
      <BackLink href="/deposits">Deposits</BackLink>
      <PageHeader title="Deposit" description={`Deposit ${d.id} into InvestSuite portfolio ${d.portfolioRef}`} />
      <AutoRefresh active={IN_FLIGHT_STATES.includes(d.state)} activity="A deposit is being sent to InvestSuite" />
      <div className="grid gap-4 lg:grid-cols-2">
        <div className="flex flex-col gap-4">
          <Section title="Deposit">
            <dl data-testid="deposit-summary">
              <Row label="State">
                <DepositStateBadge state={d.state} />
              </Row>
              <Row label="Amount">
                <Money amount={d.amount} currency={d.currency} />
              </Row>
              <Row label="Portfolio">
                <Link href={`/portfolios/${encodeURIComponent(d.portfolioRef)}`} className="font-mono text-xs underline">
                  {d.portfolioRef}
                </Link>
              </Row>
              <Row label="Value date">{formatCalendarDay(d.valueDate, prefs.locale)}</Row>
              <Row label="Bank reference">
                <Mono>{d.bankReference}</Mono>
              </Row>
              {d.note && <Row label="Note">{d.note}</Row>}
              <Row label="Recorded by">
                {d.recordedBy} · <DateTime value={d.createdAt} className="text-xs" />
              </Row>
              <Row label="Four eyes">
                {d.requiresApproval
                  ? d.approvedBy
                    ? `Approved by ${d.approvedBy}`
                    : "Needs another admin's approval"
                  : "Not needed (at or below the threshold)"}
              </Row>
              <Row label="Idempotency-Key">
                <Mono>{d.idempotencyKey}</Mono>
              </Row>
              {d.sentAt && (
                <Row label="Sent">
                  <DateTime value={d.sentAt} className="text-xs" /> {d.providerTransferId && <Mono>{d.providerTransferId}</Mono>}
                </Row>
              )}
              {d.rejectReason && <Row label="Rejected because">{d.rejectReason}</Row>}
              {d.failureMessage && <Row label="Last problem">{d.failureMessage}</Row>}
            </dl>
          </Section>
          {awaiting && whyNot === null && (
            <DepositActions depositId={d.id} amount={d.amount} currency={d.currency} portfolioRef={d.portfolioRef} />
          )}
          {awaiting && whyNot !== null && hasPermission(user.role, "deposits.approve") && (
            <p className="text-sm text-slate-700" data-testid="why-not-approve">
              {whyNot}
            </p>
          )}
        </div>
        <DepositTimeline entries={d.timeline} />
      </div>
    </>
  );
}
