import { CampaignsTable } from "@/components/cashlink-onboarding/campaigns-table";
import { PageHeader } from "@/components/ui/page-header";
import { ProviderLoaded } from "@/components/ui/provider-error-panel";
import { requirePagePermission } from "@/lib/auth/session";
import { findCashlinkCampaigns } from "@/lib/onboarding/find-cashlink-records";

export const metadata = { title: "Cashlink campaigns" };

export default async function CampaignsPage() {
  await requirePagePermission("onboarding.read");
  const result = await findCashlinkCampaigns();
  return (
    <>
      <PageHeader
        title="Cashlink campaigns"
        description="The campaigns our account may invite investors to. Cashlink sets them up; they cannot be created or changed through the API."
      />
      <ProviderLoaded result={result} provider="Cashlink" what="The campaigns" retryHref="/onboarding/campaigns">
        {({ rows }) => <CampaignsTable rows={rows} />}
      </ProviderLoaded>
    </>
  );
}
