import type { SearchParams } from "nuqs/server";

import { AutoRefresh } from "@/components/ui/auto-refresh";
import { safePageSize } from "@/components/ui/data-table/url-state";
import { loadWithdrawalSearchParams, withdrawalFilterParams } from "@/lib/withdrawals/url-state";

import { StateCounts } from "@/components/withdrawals/state-counts";
import { WithdrawalFilters } from "@/components/withdrawals/withdrawal-filters";
import { WithdrawalsQueue, type QueueRow } from "@/components/withdrawals/withdrawals-queue";
import { FilterIgnoredAlert } from "@/components/ui/filter-form";
import { HeaderLink, PageHeader } from "@/components/ui/page-header";
import { QueueNotice } from "@/components/ui/queue-notice";
import { hasPermission } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { findWithdrawalQueue } from "@/lib/withdrawals/find-withdrawals";
import { WITHDRAWAL_QUEUE_LABELS, withdrawalQueueWhere } from "@/lib/withdrawals/withdrawal-queues";
import { decisionReasons } from "@/lib/withdrawals/withdrawal-format";
import { LINKED_REASON, linkedAskers } from "@/lib/four-eyes/eligibility";
import { readListFilter } from "@/lib/validations/list-filter";
import { withdrawalFilterSchema } from "@/lib/validations/withdrawals";

export const metadata = { title: "Withdrawals" };

type Props = { searchParams: Promise<SearchParams> };

export default async function WithdrawalsPage({ searchParams }: Props) {
  const user = await requirePagePermission("withdrawals.read");
  const values = await loadWithdrawalSearchParams(searchParams);
  const params = withdrawalFilterParams(values);
  const { filter, kept, error } = readListFilter(withdrawalFilterSchema, { ...params, page: String(values.page) });

  // A work queue from the home page (?queue=awaiting-my-approval, …): the same where-clause as its card.
  const scope = await withdrawalQueueWhere(filter.queue, user);
  const { withdrawals, counts, total } = await findWithdrawalQueue(filter, new Date(), safePageSize(values.size), scope);
  const canDecide = hasPermission(user.role, "withdrawals.decide");
  // The same account-link rule as approveWithdrawal (lib/four-eyes/eligibility.ts), so the button says why before the click.
  const linked = await linkedAskers(
    getDb(),
    user.id,
    withdrawals.flatMap((w) => [w.makerId, ...w.approverIds]),
  );
  const rows: QueueRow[] = withdrawals.map((w) => ({
    ...w,
    approveReason:
      decisionReasons(w, user).approve ?? ([w.makerId, ...w.approverIds].some((id) => id && linked.has(id)) ? LINKED_REASON : null),
  }));

  return (
    <>
      <PageHeader
        title="Withdrawals"
        description="Customers' withdrawal requests from the providers, oldest first. Staff or an admin prepares; another admin approves (four eyes); the payout runs by itself."
        actions={
          hasPermission(user.role, "withdrawals.prepare") && <HeaderLink href="/withdrawals/new">New WiseAlpha withdrawal</HeaderLink>
        }
      />
      <WithdrawalFilters />
      <FilterIgnoredAlert error={error} />
      {filter.queue && <QueueNotice label={WITHDRAWAL_QUEUE_LABELS[filter.queue]} allHref="/withdrawals" testId="withdrawal-queue" />}
      <StateCounts counts={counts} params={kept} active={filter.state} />
      <AutoRefresh active={counts.APPROVED + counts.EXECUTING > 0} activity="A payout is in progress" />
      <WithdrawalsQueue rows={rows} canDecide={canDecide} total={total} />
    </>
  );
}
