import Link from "next/link";

import { Mono, Row, Section } from "@/components/portfolios/detail/section";
import type { WithdrawalDetail } from "@/lib/withdrawals/get-withdrawal";

import { SlaAge } from "./sla-age";
import { WithdrawalStateBadge } from "./withdrawal-state-badge";

const when = (iso: string | null) => (iso ? `${iso.replace("T", " ").slice(0, 19)} UTC` : "—");

export function WithdrawalSummary({ w }: { w: WithdrawalDetail }) {
  return (
    <Section title="Request">
      <dl data-testid="withdrawal-summary">
        <Row label="State">
          <WithdrawalStateBadge state={w.state} />
        </Row>
        <Row label="Amount">
          <span className="font-mono" data-testid="withdrawal-amount">
            {w.amount}
          </span>
        </Row>
        {w.payoutAmount && <Row label="Paid out">{w.payoutAmount}</Row>}
        <Row label="Provider">{w.provider}</Row>
        {w.provider === "WISEALPHA" ? (
          <>
            <Row label="Customer">{w.customerRef ? <Mono>{w.customerRef}</Mono> : "—"}</Row>
            <Row label="Account">{w.accountRef ? <Mono>{w.accountRef}</Mono> : "—"}</Row>
            {w.providerReference && (
              <Row label="WiseAlpha transaction">
                <Mono>{w.providerReference}</Mono>
              </Row>
            )}
          </>
        ) : (
          <Row label="Portfolio">
            {w.portfolioRef ? (
              <Link href={`/portfolios/${encodeURIComponent(w.portfolioRef)}`} className="font-mono text-xs underline">
                {w.portfolioRef}
              </Link>
            ) : (
              "—"
            )}
          </Row>
        )}
        {w.provider !== "WISEALPHA" && <Row label="Owner">{w.ownerRef ? <Mono>{w.ownerRef}</Mono> : "—"}</Row>}
        <Row label="Requested">
          {when(w.createdAt)} · <SlaAge age={w.age} sla={w.sla} />
        </Row>
        <Row label="Cash available">{when(w.cashAvailableAt)}</Row>
        <Row label="Prepared by">{w.makerEmail ? `${w.makerEmail}, ${when(w.preparedAt)}` : "Not prepared yet"}</Row>
        <Row label="Approvals">
          {w.approverIds.length} of {w.requiredApprovals} required
        </Row>
        {w.rejectReason && <Row label="Rejected because">{w.rejectReason}</Row>}
        {w.failureMessage && (
          <Row label="Last payout problem">
            {w.failureMessage}
            {w.nextExecutionAt && ` (next attempt ${when(w.nextExecutionAt)})`}
          </Row>
        )}
        {w.executedAt && <Row label="Executed">{when(w.executedAt)}</Row>}
        {w.supersededById && (
          <Row label="Superseded by">
            <Link href={`/withdrawals/${w.supersededById}`} className="font-mono text-xs underline">
              {w.supersededById}
            </Link>
          </Row>
        )}
      </dl>
    </Section>
  );
}
