import { CreatePortfolioForm } from "@/components/portfolios/lifecycle/create-portfolio-form";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { ProviderLoaded } from "@/components/ui/provider-error-panel";
import { requirePagePermission } from "@/lib/auth/session";
import { loadOrNotFound } from "@/lib/page-record";
import { loadInvestSuiteUser } from "@/lib/portfolios/investsuite-users";
import { INVESTSUITE_USER_ID } from "@/lib/validations/portfolio-lifecycle";

export const metadata = { title: "Create portfolio" };

type Props = { params: Promise<{ id: string }> };

export default async function CreatePortfolioPage({ params }: Props) {
  await requirePagePermission("portfolios.create");
  const { id } = await params;
  const result = await loadOrNotFound(id, loadInvestSuiteUser, (v) => INVESTSUITE_USER_ID.test(v));
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
