import { EditPortfolioForm } from "@/components/portfolios/lifecycle/edit-portfolio-form";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { ProviderErrorPage } from "@/components/ui/provider-error-panel";
import { requirePagePermission } from "@/lib/auth/session";
import { enumWords } from "@/lib/format/enums";
import { loadOrNotFound } from "@/lib/page-record";
import { loadPortfolioDetail } from "@/lib/portfolios/portfolio-detail";

export const metadata = { title: "Change portfolio" };

type Props = { params: Promise<{ id: string }> };

export default async function EditPortfolioPage({ params }: Props) {
  await requirePagePermission("portfolios.edit");
  const { id } = await params;
  const result = await loadOrNotFound(id, loadPortfolioDetail);
  const portfolioHref = `/portfolios/${encodeURIComponent(id)}`;
  const back = <BackLink href={portfolioHref}>Portfolio</BackLink>;
  if (result.kind === "error") {
    const retryHref = `${portfolioHref}/edit`;
    return (
      <ProviderErrorPage
        back={back}
        title="Change portfolio"
        id={id}
        provider="InvestSuite"
        what="This portfolio"
        error={result}
        retryHref={retryHref}
      />
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
