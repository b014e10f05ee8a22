import { CreateInvestment } from "@/components/cashlink-onboarding/create-investment";
import { InvitationEvents } from "@/components/cashlink-onboarding/invitation-events";
import { ChecklistPanel, InvestmentPanel, InvestorPanel } from "@/components/cashlink-onboarding/invitation-panels";
import { InvitationAnswers } from "@/components/cashlink-onboarding/invitation-answers";
import { AcceptOne, MarkPaid } from "@/components/cashlink-onboarding/investment-actions";
import { LinkWallet } from "@/components/cashlink-onboarding/link-wallet";
import { CustomerLink } from "@/components/customers/customer-link";
import { openProviderDetailPage } from "@/components/ui/detail-page";
import { PageHeader } from "@/components/ui/page-header";
import { hasPermission } from "@/lib/auth/permissions";
import { getCashlinkInvitation } from "@/lib/onboarding/get-cashlink-invitation";

export const metadata = { title: "Cashlink invitation" };

type Props = { params: Promise<{ id: string }> };

export default async function InvitationPage({ params }: Props) {
  const { user, back, record, failed } = await openProviderDetailPage(params, {
    permission: "onboarding.read",
    load: getCashlinkInvitation,
    list: { href: "/onboarding/invitations", label: "Invitations" },
    title: "Cashlink invitation",
    provider: "Cashlink",
    what: "This invitation",
  });
  if (!record) return failed;

  const { detail } = record;
  const canAct = hasPermission(user.role, "onboarding.act");
  const reasons = [
    ...(canAct ? [] : [`Your role (${user.role}) cannot create investments; compliance or an admin can.`]),
    ...detail.invitation.checklist.blockers,
  ];
  const showCreate = !detail.investment;
  const c = detail.invitation.checklist;
  const waiverNeeded = c.survey === "waiver_missing" ? (c.surveyResult === "NEGATIVE" ? "NEGATIVE_RESULT" : "NO_ANSWERS") : null;
  const investment = detail.investment;
  const canAccept = hasPermission(user.role, "cashlink_investments.accept") && investment?.status === "WAITING_FOR_ACCEPTANCE";
  const canMarkPaid = hasPermission(user.role, "cashlink_investments.mark_paid") && investment?.status === "ACCEPTED";
  // Our request created it but the wallet step failed (or the investor had none then): offer that step again.
  const canLinkWallet = canAct && detail.request?.state === "CREATED" && detail.investment?.walletId === null && detail.wallets.length > 0;
  return (
    <>
      {back}
      <PageHeader title="Cashlink invitation" description={`Invitation ${detail.invitation.id}`} />
      <CustomerLink provider="CASHLINK" providerId={detail.investor?.id} />
      <div className="grid gap-4 lg:grid-cols-2">
        <ChecklistPanel detail={detail} />
        <InvestorPanel detail={detail} />
        <div className="flex flex-col gap-2">
          <InvestmentPanel detail={detail} />
          {canLinkWallet && <LinkWallet invitationId={detail.invitation.id} signedAt={detail.request!.signedAt.toISOString()} />}
          {canAccept && <AcceptOne investmentId={investment.id} />}
          {canMarkPaid && (
            <MarkPaid
              investmentId={investment.id}
              amountText={investment.amount ? `${investment.amount.currency} ${investment.amount.amount}` : `${investment.units} units`}
            />
          )}
        </div>
        {canAct && !detail.invitation.used && (
          <InvitationAnswers
            invitationId={detail.invitation.id}
            selfDisclosureNeeded={detail.invitation.selfDisclosureQuestions.length > 0}
            surveyQuestions={detail.invitation.surveyQuestions}
            waiverNeeded={waiverNeeded}
          />
        )}
        {showCreate && (
          <CreateInvestment
            invitationId={detail.invitation.id}
            disabledReasons={reasons}
            lastError={detail.request?.state === "FAILED" ? detail.request.lastError : null}
          />
        )}
        <InvitationEvents events={detail.events} />
      </div>
    </>
  );
}
