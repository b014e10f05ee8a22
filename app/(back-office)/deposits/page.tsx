import Link from "next/link";

import type { SearchParams } from "nuqs/server";

import { DepositAutoRefresh } from "@/components/deposits/deposit-auto-refresh";
import { DepositFilters } from "@/components/deposits/deposit-filters";
import { DepositsTable } from "@/components/deposits/deposits-table";
import { safePageSize } from "@/components/ui/data-table/url-state";
import { FilterIgnoredAlert } from "@/components/ui/filter-form";
import { PageHeader } from "@/components/ui/page-header";
import { hasPermission } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { DEPOSIT_MINE_LABELS, findDeposits } from "@/lib/deposits/find-deposits";
import { depositFilterParams, loadDepositSearchParams } from "@/lib/deposits/url-state";
import { depositFilterSchema } from "@/lib/validations/deposits";

export const metadata = { title: "Deposits" };

type Props = { searchParams: Promise<SearchParams> };

export default async function DepositsPage({ searchParams }: Props) {
  const user = await requirePagePermission("deposits.view");
  const values = await loadDepositSearchParams(searchParams);
  const params = depositFilterParams(values);
  const parsed = depositFilterSchema.safeParse({ ...params, page: String(values.page) });
  // A bad URL is reported and ignored, like the other lists, rather than a 500.
  const filter = parsed.success ? parsed.data : depositFilterSchema.parse({});
  const { deposits, total, inFlight } = await findDeposits(filter, user, safePageSize(values.size));

  return (
    <>
      <PageHeader
        title="Deposits"
        description="Incoming bank transfers recorded for InvestSuite portfolios, newest first. Above the four-eyes threshold another admin approves; then the worker sends the funding event to InvestSuite, once."
        actions={
          hasPermission(user.role, "deposits.record") && (
            <Link href="/deposits/new" className="rounded-md bg-slate-900 px-3 py-2 text-sm font-medium text-white hover:bg-slate-700">
              Record deposit
            </Link>
          )
        }
      />
      <DepositFilters />
      <FilterIgnoredAlert error={parsed.error} />
      {filter.mine && (
        <p className="mb-3 text-sm" data-testid="deposit-queue">
          Showing <strong>{DEPOSIT_MINE_LABELS[filter.mine]}</strong> ·{" "}
          <Link className="underline" href="/deposits">
            show all
          </Link>
        </p>
      )}
      <DepositAutoRefresh active={inFlight > 0} />
      <DepositsTable rows={deposits} total={total} />
    </>
  );
}
