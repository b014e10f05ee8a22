import Link from "next/link";

import { Mono, Row, Section } from "@/components/portfolios/detail/section";
import { DateTime } from "@/components/ui/date-time";
import { EnumText } from "@/components/ui/enum-text";
import { Money } from "@/components/ui/money";
import type { WithdrawalDetail } from "@/lib/withdrawals/get-withdrawal";
import type { Payee } from "@/lib/withdrawals/payee";

import { SlaAge } from "./sla-age";
import { WithdrawalStateBadge } from "./withdrawal-state-badge";

const when = (iso: string | null) => <DateTime value={iso} style="datetime-seconds" />;

/** The payee as the provider states it now: name and masked account, or why it is unknown. */
export function PayeeRows({ payee }: { payee: Payee }) {
  return (
    <>
      <Row label="Payee">
        <span data-testid="payee-name">{payee.name ?? "Not given by the provider"}</span>
      </Row>
      <Row label="Paid to">
        <span className="font-mono text-xs" data-testid="payee-account">
          {payee.error ? <span className="text-red-800">{payee.error}</span> : (payee.destination ?? "No account given")}
        </span>
      </Row>
    </>
  );
}

export function WithdrawalSummary({ w, payee }: { w: WithdrawalDetail; payee?: Payee }) {
  return (
    <Section title="Request">
      <dl data-testid="withdrawal-summary">
        <Row label="State">
          <WithdrawalStateBadge state={w.state} />
        </Row>
        <Row label="Amount">
          <span data-testid="withdrawal-amount">
            {w.amountValue === null ? "—" : <Money amount={w.amountValue} currency={w.currency} />}
          </span>
        </Row>
        {w.payoutValue && (
          <Row label="Paid out">
            <Money amount={w.payoutValue} currency={w.currency} />
          </Row>
        )}
        {payee && <PayeeRows payee={payee} />}
        <Row label="Provider">
          <EnumText value={w.provider} />
        </Row>
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
        <Row label="Prepared by">
          {w.makerEmail ? (
            <>
              {w.makerEmail}, {when(w.preparedAt)}
            </>
          ) : (
            "Not prepared yet"
          )}
        </Row>
        <Row label="Approvals">
          {w.approverIds.length} of {w.requiredApprovals} required
        </Row>
        {w.rejectReason && <Row label="Rejected because">{w.rejectReason}</Row>}
        {w.failureMessage && (
          <Row label="Last payout problem">
            {w.failureMessage}
            {w.nextExecutionAt && <> (next attempt {when(w.nextExecutionAt)})</>}
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
