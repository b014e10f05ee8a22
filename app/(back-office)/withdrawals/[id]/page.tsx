import Link from "next/link";
import { notFound } from "next/navigation";

import { Section } from "@/components/portfolios/detail/section";
import { CustomerLink } from "@/components/customers/customer-link";
import { PageHeader } from "@/components/ui/page-header";
import { AutoRefresh } from "@/components/withdrawals/auto-refresh";
import { ProviderViewPanel } from "@/components/withdrawals/provider-view";
import { WithdrawalActions } from "@/components/withdrawals/withdrawal-actions";
import { WithdrawalSummary } from "@/components/withdrawals/withdrawal-summary";
import { WithdrawalTimeline } from "@/components/withdrawals/withdrawal-timeline";
import { hasPermission } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { getWithdrawal, loadProviderView } from "@/lib/withdrawals/get-withdrawal";
import { decisionReasons } from "@/lib/withdrawals/withdrawal-format";
import { getDb } from "@/lib/db";
import { LINKED_REASON, linkedAskers } from "@/lib/four-eyes/eligibility";
import { isPathId } from "@/lib/url-params";

export const metadata = { title: "Withdrawal" };

type Props = { params: Promise<{ id: string }> };

export default async function WithdrawalPage({ params }: Props) {
  const user = await requirePagePermission("withdrawals.read");
  const { id } = await params;
  if (!isPathId(id)) notFound();
  const w = await getWithdrawal(id);
  if (!w) notFound();
  const providerView = await loadProviderView(w);
  const show = { prepare: hasPermission(user.role, "withdrawals.prepare"), decide: hasPermission(user.role, "withdrawals.decide") };
  // The same account-link rule as approveWithdrawal (lib/four-eyes/eligibility.ts), so the button says why before the click.
  const reasons = decisionReasons(w, user);
  if (reasons.approve === null && (await linkedAskers(getDb(), user.id, [w.makerId, ...w.approverIds])).size > 0) {
    reasons.approve = LINKED_REASON;
  }

  return (
    <>
      <Link href="/withdrawals" className="mb-2 inline-block text-sm underline">
        ← Withdrawals
      </Link>
      <PageHeader title={`Withdrawal ${w.amount}`} description={`${w.provider} request ${w.id}`} />
      <CustomerLink provider={w.provider} providerId={w.provider === "WISEALPHA" ? w.customerRef : w.ownerRef} />
      <AutoRefresh active={w.state === "APPROVED" || w.state === "EXECUTING"} />
      <div className="grid gap-4 lg:grid-cols-2">
        <div className="flex flex-col gap-4">
          <WithdrawalSummary w={w} />
          {(show.prepare || show.decide) && <WithdrawalActions withdrawalId={w.id} reasons={reasons} show={show} />}
        </div>
        <WithdrawalTimeline entries={w.timeline} />
        <Section title="Provider's view" className="lg:col-span-2">
          <ProviderViewPanel view={providerView} portfolioRef={w.portfolioRef} />
        </Section>
      </div>
    </>
  );
}
