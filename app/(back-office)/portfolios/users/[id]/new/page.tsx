import { CreatePortfolioForm } from "@/components/portfolios/lifecycle/create-portfolio-form";
import { BackLink } from "@/components/ui/back-link";
import { openDetailPage } from "@/components/ui/detail-page";
import { PageHeader } from "@/components/ui/page-header";
import { ProviderLoaded } from "@/components/ui/provider-error-panel";
import { loadInvestSuiteUser } from "@/lib/portfolios/investsuite-users";
import { INVESTSUITE_USER_ID } from "@/lib/validations/portfolio-lifecycle";

export const metadata = { title: "Create portfolio" };

type Props = { params: Promise<{ id: string }> };

export default async function CreatePortfolioPage({ params }: Props) {
  const { id, record: result } = await openDetailPage(params, "portfolios.create", loadInvestSuiteUser, (v) => INVESTSUITE_USER_ID.test(v));
  return (
    <>
      <BackLink href={`/portfolios/users/${id}`}>InvestSuite user</BackLink>
      <PageHeader title="Create portfolio" description="A new InvestSuite portfolio for an existing InvestSuite user." />
      <ProviderLoaded result={result} provider="InvestSuite" what="This user" retryHref={`/portfolios/users/${id}/new`}>
        {({ value }) => <CreatePortfolioForm ownerUserId={id} ownerName={value.user.name ?? value.user.id} />}
      </ProviderLoaded>
    </>
  );
}
