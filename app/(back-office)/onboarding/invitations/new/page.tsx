import { NewInvitationForm } from "@/components/cashlink-onboarding/cashlink-forms";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { ProviderLoaded } from "@/components/ui/provider-error-panel";
import { requirePagePermission } from "@/lib/auth/session";
import { findCashlinkCampaigns, findCashlinkInvestors } from "@/lib/onboarding/find-cashlink-records";

export const metadata = { title: "New Cashlink invitation" };

export default async function NewInvitationPage() {
  await requirePagePermission("onboarding.act");
  // The campaign list is short; the investors' first 100 are offered as suggestions, any id may be typed.
  const [campaigns, investors] = await Promise.all([findCashlinkCampaigns(), findCashlinkInvestors({ page: 1, size: 100 })]);
  return (
    <>
      <BackLink href="/onboarding/invitations">Invitations</BackLink>
      <PageHeader
        title="New Cashlink invitation"
        description="Starts an investor's investment process for a campaign and a number of units. Record the self-disclosure and the survey or waiver on the invitation next."
      />
      <ProviderLoaded result={campaigns} provider="Cashlink" what="The campaigns" retryHref="/onboarding/invitations/new">
        {({ rows }) => (
          <NewInvitationForm
            campaigns={rows.map((c) => ({
              id: c.id,
              label: `${c.name}${c.unitPrice ? ` (${c.unitPrice.currency} ${c.unitPrice.amount} per unit)` : ""}`,
            }))}
            investors={investors.kind === "ok" ? investors.rows.map((i) => ({ id: i.id, label: i.name })) : []}
          />
        )}
      </ProviderLoaded>
    </>
  );
}
