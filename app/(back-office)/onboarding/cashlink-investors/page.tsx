import { NewInvestorForm } from "@/components/cashlink-onboarding/cashlink-forms";
import { InvestorsTable } from "@/components/cashlink-onboarding/investors-table";
import { PageHeader } from "@/components/ui/page-header";
import { ProviderLoaded } from "@/components/ui/provider-error-panel";
import { safePage, safePageSize } from "@/components/ui/data-table/url-state";
import { hasPermission } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { findCashlinkInvestors } from "@/lib/onboarding/find-cashlink-records";
import { loadCashlinkInvestorList } from "@/lib/onboarding/url-state";

export const metadata = { title: "Cashlink investors" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CashlinkInvestorsPage({ searchParams }: Props) {
  const user = await requirePagePermission("onboarding.read");
  const params = await loadCashlinkInvestorList(searchParams);
  const result = await findCashlinkInvestors({ page: safePage(params.page), size: safePageSize(params.size) });
  return (
    <>
      <PageHeader
        title="Cashlink investors"
        description="Investors at Cashlink, oldest first. Open one to record its identification and manage its wallets."
      />
      {hasPermission(user.role, "onboarding.act") && (
        <details className="mb-4">
          <summary className="cursor-pointer text-sm font-medium">New investor</summary>
          <div className="mt-2">
            <NewInvestorForm />
          </div>
        </details>
      )}
      <ProviderLoaded result={result} provider="Cashlink" what="The investors" retryHref="/onboarding/cashlink-investors">
        {({ rows, total }) => <InvestorsTable rows={rows} total={total} />}
      </ProviderLoaded>
    </>
  );
}
