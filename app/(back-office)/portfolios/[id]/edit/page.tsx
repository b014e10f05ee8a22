import Link from "next/link";
import { notFound } from "next/navigation";

import { EditPortfolioForm } from "@/components/portfolios/lifecycle/edit-portfolio-form";
import { PageHeader } from "@/components/ui/page-header";
import { ProviderErrorPanel } from "@/components/ui/provider-error-panel";
import { requirePagePermission } from "@/lib/auth/session";
import { enumWords } from "@/lib/format/enums";
import { loadPortfolioDetail } from "@/lib/portfolios/portfolio-detail";
import { isPathId } from "@/lib/url-params";

export const metadata = { title: "Change portfolio" };

type Props = { params: Promise<{ id: string }> };

export default async function EditPortfolioPage({ params }: Props) {
  await requirePagePermission("portfolios.edit");
  const { id } = await params;
  if (!isPathId(id)) notFound();
  const result = await loadPortfolioDetail(id);
  if (result.kind === "not_found") notFound();
  const back = (
    <Link href={`/portfolios/${encodeURIComponent(id)}`} className="mb-2 inline-block text-sm underline">
      ← Portfolio
    </Link>
  );
  if (result.kind === "error") {
    return (
      <>
        {back}
        <PageHeader title="Change portfolio" description={id} />
        <ProviderErrorPanel
          provider="InvestSuite"
          what="This portfolio"
          message={result.message}
          retryable={result.retryable}
          retryHref={`/portfolios/${encodeURIComponent(id)}/edit`}
        />
      </>
    );
  }
  const { detail } = result;
  return (
    <>
      {back}
      <PageHeader title={`Change ${detail.name}`} description={`InvestSuite portfolio ${detail.id}, version ${detail.version.version}`} />
      {detail.deleted ? (
        <p role="status" className="text-sm">
          This portfolio is closed at InvestSuite and can no longer be changed.
        </p>
      ) : (
        <>
          <p className="mb-4 text-sm text-slate-700" data-testid="write-once-fields">
            Fixed since creation (InvestSuite refuses changes): {enumWords(detail.moneyType)}, {enumWords(detail.manager)},{" "}
            {detail.baseCurrency}.
          </p>
          <EditPortfolioForm portfolioId={detail.id} editable={detail.editable} />
        </>
      )}
    </>
  );
}
