import Link from "next/link";

import { ColumnChooser } from "@/components/portfolios/list/column-chooser";
import { ExportButton } from "@/components/portfolios/list/export-button";
import { PortfolioTable } from "@/components/portfolios/list/portfolio-table";
import { ProviderErrorNotice } from "@/components/portfolios/list/provider-error";
import { QueryEditor } from "@/components/portfolios/list/query-editor";
import { SavedViews } from "@/components/portfolios/list/saved-views";
import { DataTablePager } from "@/components/ui/data-table/data-table-pager";
import { FilterIgnoredAlert } from "@/components/ui/filter-form";
import { PageHeader } from "@/components/ui/page-header";
import { hasPermission } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { findPortfolios } from "@/lib/portfolios/find-portfolios";
import { toTableRows } from "@/lib/portfolios/portfolio-row";
import { findSavedViews } from "@/lib/portfolios/saved-views";
import { loadPortfolioList } from "@/lib/portfolios/url-state";
import { presentValues } from "@/lib/url-params";
import { portfolioListSchema, toSearchParams } from "@/lib/validations/portfolios";

export const metadata = { title: "Portfolios" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PortfoliosPage({ searchParams }: Props) {
  const user = await requirePagePermission("portfolios.read");
  const parsed = portfolioListSchema.safeParse(presentValues(await loadPortfolioList(searchParams)));
  const state = parsed.success ? parsed.data : portfolioListSchema.parse({});
  const [result, views] = await Promise.all([findPortfolios(state), findSavedViews(user, "portfolios")]);
  const search = toSearchParams(state).toString();

  return (
    <>
      <PageHeader
        title="Portfolios"
        description="InvestSuite portfolios. Build a query or type one in InvestSuite's query language; the URL keeps it, so reload or share the link."
        actions={
          <div className="flex items-center gap-3">
            {/* Portfolios are created for an InvestSuite user, so creating starts from the users list. */}
            <Link href="/portfolios/users" className="text-sm underline">
              InvestSuite users
            </Link>
            {result.ok && hasPermission(user.role, "portfolios.export") && <ExportButton search={search} />}
          </div>
        }
      />
      <FilterIgnoredAlert error={parsed.error} outcome="The list shows the default view instead." />
      <SavedViews views={views} state={state} canShare={hasPermission(user.role, "views.share")} />
      {/* Keyed by the URL so Back/Forward and saved-view links reset the editors to what the URL says. */}
      <QueryEditor key={search} state={state} serverError={result.ok || result.kind !== "query" ? null : result} />
      {result.ok ? (
        <>
          <div className="mb-2 flex justify-end">
            <ColumnChooser state={state} />
          </div>
          <PortfolioTable rows={toTableRows(result.rows, state.cols)} columns={state.cols} />
          <DataTablePager mode="offset" total={result.count} noun="portfolio(s)" />
        </>
      ) : result.kind === "provider" ? (
        <ProviderErrorNotice message={result.message} />
      ) : null}
    </>
  );
}
