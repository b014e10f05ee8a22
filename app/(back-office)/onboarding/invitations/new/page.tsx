import Link from "next/link";

import { NewInvitationForm } from "@/components/cashlink-onboarding/cashlink-forms";
import { PageHeader } from "@/components/ui/page-header";
import { ProviderErrorPanel } from "@/components/ui/provider-error-panel";
import { requirePagePermission } from "@/lib/auth/session";
import { findCashlinkCampaigns, findCashlinkInvestors } from "@/lib/onboarding/find-cashlink-records";

export const metadata = { title: "New Cashlink invitation" };

export default async function NewInvitationPage() {
  await requirePagePermission("onboarding.act");
  // The campaign list is short; the investors' first 100 are offered as suggestions, any id may be typed.
  const [campaigns, investors] = await Promise.all([findCashlinkCampaigns(), findCashlinkInvestors({ page: 1, size: 100 })]);
  return (
    <>
      <Link href="/onboarding/invitations" className="mb-2 inline-block text-sm underline">
        ← Invitations
      </Link>
      <PageHeader
        title="New Cashlink invitation"
        description="Starts an investor's investment process for a campaign and a number of units. Record the self-disclosure and the survey or waiver on the invitation next."
      />
      {campaigns.kind === "error" ? (
        <ProviderErrorPanel
          provider="Cashlink"
          what="The campaigns"
          message={campaigns.message}
          retryable={campaigns.retryable}
          retryHref="/onboarding/invitations/new"
        />
      ) : (
        <NewInvitationForm
          campaigns={campaigns.rows.map((c) => ({
            id: c.id,
            label: `${c.name}${c.unitPrice ? ` (${c.unitPrice.currency} ${c.unitPrice.amount} per unit)` : ""}`,
          }))}
          investors={investors.kind === "ok" ? investors.rows.map((i) => ({ id: i.id, label: i.name })) : []}
        />
      )}
    </>
  );
}
