import Link from "next/link";
import { notFound } from "next/navigation";

import { CreatePortfolioForm } from "@/components/portfolios/lifecycle/create-portfolio-form";
import { PageHeader } from "@/components/ui/page-header";
import { ProviderErrorPanel } from "@/components/ui/provider-error-panel";
import { requirePagePermission } from "@/lib/auth/session";
import { loadInvestSuiteUser } from "@/lib/portfolios/investsuite-users";
import { INVESTSUITE_USER_ID } from "@/lib/validations/portfolio-lifecycle";

export const metadata = { title: "Create portfolio" };

type Props = { params: Promise<{ id: string }> };

export default async function CreatePortfolioPage({ params }: Props) {
  await requirePagePermission("portfolios.create");
  const { id } = await params;
  if (!INVESTSUITE_USER_ID.test(id)) notFound();
  const result = await loadInvestSuiteUser(id);
  if (result === null) notFound();
  return (
    <>
      <Link href={`/portfolios/users/${id}`} className="mb-2 inline-block text-sm underline">
        ← InvestSuite user
      </Link>
      <PageHeader title="Create portfolio" description="A new InvestSuite portfolio for an existing InvestSuite user." />
      {result.kind === "error" ? (
        <ProviderErrorPanel
          provider="InvestSuite"
          what="This user"
          message={result.message}
          retryable={result.retryable}
          retryHref={`/portfolios/users/${id}/new`}
        />
      ) : (
        <CreatePortfolioForm ownerUserId={id} ownerName={result.value.user.name ?? result.value.user.id} />
      )}
    </>
  );
}
