import { EditPortfolioForm } from "@/components/portfolios/lifecycle/edit-portfolio-form";
import { openProviderDetailPage } from "@/components/ui/detail-page";
import { PageHeader } from "@/components/ui/page-header";
import { enumWords } from "@/lib/format/enums";
import { loadPortfolioDetail } from "@/lib/portfolios/portfolio-detail";

export const metadata = { title: "Change portfolio" };

type Props = { params: Promise<{ id: string }> };

export default async function EditPortfolioPage({ params }: Props) {
  // The way back is the portfolio itself, which the id names: known only once the params are read.
  const { id } = await params;
  const portfolioHref = `/portfolios/${encodeURIComponent(id)}`;
  const { back, record, failed } = await openProviderDetailPage(params, {
    permission: "portfolios.edit",
    load: loadPortfolioDetail,
    list: { href: portfolioHref, label: "Portfolio" },
    path: () => `${portfolioHref}/edit`,
    title: "Change portfolio",
    provider: "InvestSuite",
    what: "This portfolio",
  });
  if (!record) return failed;
  const { detail } = record;
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
