import Link from "next/link";

import { BlockControl } from "@/components/portfolios/detail/block-control";
import { TransactionsSection } from "@/components/portfolios/detail/transactions-section";
import { CloseControl } from "@/components/portfolios/lifecycle/close-control";
import { BrokerageAccount } from "@/components/portfolios/detail/brokerage-account";
import { FundedSince } from "@/components/portfolios/detail/funded-since";
import { HoldingsTable } from "@/components/portfolios/detail/holdings-table";
import { ManagerSettings } from "@/components/portfolios/detail/manager-settings";
import { PortfolioSummary } from "@/components/portfolios/detail/portfolio-summary";
import { RecentEvents } from "@/components/portfolios/detail/recent-events";
import { VersionInfo } from "@/components/portfolios/detail/version-info";
import { CustomerLink } from "@/components/customers/customer-link";
import { openProviderDetailPage } from "@/components/ui/detail-page";
import { PageHeader } from "@/components/ui/page-header";
import { hasPermission } from "@/lib/auth/permissions";
import { loadPortfolioDetail } from "@/lib/portfolios/portfolio-detail";

export const metadata = { title: "Portfolio" };

type Props = { params: Promise<{ id: string }> };

export default async function PortfolioPage({ params }: Props) {
  const { user, back, record, failed } = await openProviderDetailPage(params, {
    permission: "portfolios.read",
    load: loadPortfolioDetail,
    list: { href: "/portfolios", label: "Portfolios" },
    title: "Portfolio",
    provider: "InvestSuite",
    what: "This portfolio",
  });
  if (!record) return failed;

  const { detail } = record;
  // A deleted portfolio refuses every PATCH at InvestSuite, so no change is offered.
  const canEdit = hasPermission(user.role, "portfolios.edit") && !detail.deleted;
  const canBlock = hasPermission(user.role, "portfolios.block") && !detail.deleted;
  const canClose = hasPermission(user.role, "portfolios.close") && !detail.deleted;
  const base = `/portfolios/${encodeURIComponent(detail.id)}`;
  return (
    <>
      {back}
      <PageHeader
        title={detail.name}
        description={`InvestSuite portfolio ${detail.id}${detail.externalId ? ` · external id ${detail.externalId}` : ""}`}
        actions={
          <div className="flex flex-wrap items-start gap-2">
            {hasPermission(user.role, "deposits.record") && !detail.deleted && (
              <Link
                href={`/deposits/new?portfolio=${encodeURIComponent(detail.id)}`}
                className="inline-flex min-h-9 items-center rounded-md border border-slate-300 bg-white px-3 text-sm font-medium hover:bg-slate-50"
              >
                Record deposit
              </Link>
            )}
            <Link href={`${base}/versions`} className="inline-flex min-h-9 items-center px-2 text-sm underline">
              Versions
            </Link>
            {canEdit && (
              <Link
                href={`${base}/edit`}
                className="inline-flex min-h-9 items-center rounded-md border border-slate-300 bg-white px-3 text-sm font-medium"
              >
                Change portfolio
              </Link>
            )}
            {canBlock && <BlockControl portfolioId={detail.id} blocked={detail.blocked} />}
            {canClose && <CloseControl portfolioId={detail.id} refusal={detail.closeRefusal} />}
          </div>
        }
      />
      {detail.deleted && (
        <p role="status" className="mb-4 rounded-md border border-slate-300 bg-slate-100 p-3 text-sm" data-testid="closed-banner">
          This portfolio is closed (deleted at InvestSuite). It can be read but never changed again.
        </p>
      )}
      <CustomerLink provider="INVESTSUITE" providerId={detail.owner.id} />
      <div className="grid gap-4 lg:grid-cols-2">
        <PortfolioSummary detail={detail} />
        <ManagerSettings manager={detail.manager} managerVersion={detail.managerVersion} settings={detail.settings} />
        <HoldingsTable holdings={detail.holdings} />
        <BrokerageAccount portfolioId={detail.id} account={detail.brokerageAccount} canEdit={canEdit} />
        <div className="flex flex-col gap-4">
          <FundedSince portfolioId={detail.id} fundedSince={detail.fundedSince} canEdit={canEdit} />
          <VersionInfo version={detail.version} />
        </div>
        {/* Withdrawals for this portfolio are not listed here yet (see the withdrawals work); no placeholder on purpose. */}
        <TransactionsSection transactions={detail.transactions} />
        <RecentEvents portfolioId={detail.id} events={detail.events} />
      </div>
    </>
  );
}
