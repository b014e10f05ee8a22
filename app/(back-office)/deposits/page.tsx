import type { SearchParams } from "nuqs/server";

import { DepositFilters } from "@/components/deposits/deposit-filters";
import { DepositsTable } from "@/components/deposits/deposits-table";
import { AutoRefresh } from "@/components/ui/auto-refresh";
import { safePageSize } from "@/components/ui/data-table/url-state";
import { FilterIgnoredAlert } from "@/components/ui/filter-form";
import { HeaderLink, PageHeader } from "@/components/ui/page-header";
import { QueueNotice } from "@/components/ui/queue-notice";
import { hasPermission } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { DEPOSIT_MINE_LABELS, findDeposits } from "@/lib/deposits/find-deposits";
import { depositFilterParams, loadDepositSearchParams } from "@/lib/deposits/url-state";
import { readListFilter } from "@/lib/validations/list-filter";
import { depositFilterSchema } from "@/lib/validations/deposits";

export const metadata = { title: "Deposits" };

type Props = { searchParams: Promise<SearchParams> };

export default async function DepositsPage({ searchParams }: Props) {
  const user = await requirePagePermission("deposits.view");
  const values = await loadDepositSearchParams(searchParams);
  const params = depositFilterParams(values);
  const { filter, error } = readListFilter(depositFilterSchema, { ...params, page: String(values.page) });
  const { deposits, total, inFlight } = await findDeposits(filter, user, safePageSize(values.size));

  return (
    <>
      <PageHeader
        title="Deposits"
        description="Incoming bank transfers recorded for InvestSuite portfolios, newest first. Above the four-eyes threshold another admin approves; then the worker sends the funding event to InvestSuite, once."
        actions={hasPermission(user.role, "deposits.record") && <HeaderLink href="/deposits/new">Record deposit</HeaderLink>}
      />
      <DepositFilters />
      <FilterIgnoredAlert error={error} />
      {filter.mine && <QueueNotice label={DEPOSIT_MINE_LABELS[filter.mine]} allHref="/deposits" testId="deposit-queue" />}
      <AutoRefresh active={inFlight > 0} activity="A deposit is being sent to InvestSuite" />
      <DepositsTable rows={deposits} total={total} />
    </>
  );
}
