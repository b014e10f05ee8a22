import type { SearchParams } from "nuqs/server";

import { InvestSuiteUsersTable } from "@/components/portfolios/users/users-table";
import { safePage, safePageSize } from "@/components/ui/data-table/url-state";
import { FilterBar } from "@/components/ui/filter-bar";
import { PageHeader } from "@/components/ui/page-header";
import { ProviderLoaded } from "@/components/ui/provider-error-panel";
import { requirePagePermission } from "@/lib/auth/session";
import { findInvestSuiteUsers } from "@/lib/portfolios/investsuite-users";
import { loadInvestSuiteUserList } from "@/lib/portfolios/url-state";
import { investSuiteUserListSchema } from "@/lib/validations/portfolio-lifecycle";

export const metadata = { title: "InvestSuite users" };

export default async function InvestSuiteUsersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePagePermission("portfolios.read");
  const params = investSuiteUserListSchema.parse(await loadInvestSuiteUserList(searchParams));
  const result = await findInvestSuiteUsers({ q: params.q, page: safePage(params.page), size: safePageSize(params.size) });
  return (
    <>
      <PageHeader
        title="InvestSuite users"
        description="The portfolio owners at InvestSuite, read live. Open one to see their portfolios or create a new one."
      />
      <FilterBar
        label="Search InvestSuite users"
        fields={[{ kind: "text", key: "q", label: "Name, e-mail, customer no. or U… id", type: "search", maxLength: 120 }]}
      />
      <ProviderLoaded result={result} provider="InvestSuite" what="The user list" retryHref="/portfolios/users">
        {({ value }) => <InvestSuiteUsersTable rows={value.rows} total={value.total} />}
      </ProviderLoaded>
    </>
  );
}
