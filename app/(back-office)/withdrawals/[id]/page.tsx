import { Section } from "@/components/portfolios/detail/section";
import { CustomerLink } from "@/components/customers/customer-link";
import { AutoRefresh } from "@/components/ui/auto-refresh";
import { BackLink } from "@/components/ui/back-link";
import { openDetailPage } from "@/components/ui/detail-page";
import { PageHeader } from "@/components/ui/page-header";
import { ProviderViewPanel } from "@/components/withdrawals/provider-view";
import { WithdrawalActions } from "@/components/withdrawals/withdrawal-actions";
import { WithdrawalSummary } from "@/components/withdrawals/withdrawal-summary";
import { WithdrawalTimeline } from "@/components/withdrawals/withdrawal-timeline";
import { hasPermission } from "@/lib/auth/permissions";
import { getWithdrawal, loadProviderView } from "@/lib/withdrawals/get-withdrawal";
import { decisionReasons } from "@/lib/withdrawals/withdrawal-format";
import { loadPayee } from "@/lib/withdrawals/payee";
import { getDb } from "@/lib/db";
import { LINKED_REASON, linkedAskers } from "@/lib/four-eyes/eligibility";
import { enumWords } from "@/lib/format/enums";
import { describeMoney } from "@/lib/format/money";
import { loadFormatPrefs } from "@/lib/users/format-prefs";

export const metadata = { title: "Withdrawal" };

type Props = { params: Promise<{ id: string }> };

export default async function WithdrawalPage({ params }: Props) {
  const [{ user, record: w }, prefs] = await Promise.all([openDetailPage(params, "withdrawals.read", getWithdrawal), loadFormatPrefs()]);
  const [providerView, payee] = await Promise.all([loadProviderView(w), loadPayee(w)]);
  const show = { prepare: hasPermission(user.role, "withdrawals.prepare"), decide: hasPermission(user.role, "withdrawals.decide") };
  // The same account-link rule as approveWithdrawal (lib/four-eyes/eligibility.ts), so the button says why before the click.
  const reasons = decisionReasons(w, user);
  if (reasons.approve === null && (await linkedAskers(getDb(), user.id, [w.makerId, ...w.approverIds])).size > 0) {
    reasons.approve = LINKED_REASON;
  }

  return (
    <>
      <BackLink href="/withdrawals">Withdrawals</BackLink>
      <PageHeader
        title={`Withdrawal ${w.amountValue === null ? w.amount : describeMoney(w.amountValue, w.currency, { locale: prefs.locale }).text}`}
        description={`${enumWords(w.provider)} request ${w.id}`}
      />
      <CustomerLink provider={w.provider} providerId={w.provider === "WISEALPHA" ? w.customerRef : w.ownerRef} />
      <AutoRefresh active={w.state === "APPROVED" || w.state === "EXECUTING"} activity="A payout is in progress" />
      <div className="grid gap-4 lg:grid-cols-2">
        <div className="flex flex-col gap-4">
          <WithdrawalSummary w={w} payee={payee} />
          {(show.prepare || show.decide) && (
            <WithdrawalActions
              withdrawalId={w.id}
              reasons={reasons}
              show={show}
              payout={{ amountValue: w.amountValue, currency: w.currency, payee }}
            />
          )}
        </div>
        <WithdrawalTimeline entries={w.timeline} />
        <Section title="Provider's view" className="lg:col-span-2">
          <ProviderViewPanel view={providerView} portfolioRef={w.portfolioRef} />
        </Section>
      </div>
    </>
  );
}
