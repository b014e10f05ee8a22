import "server-only";

import type { Prisma } from "@/generated/prisma/client";
import type { WithdrawalState } from "@/generated/prisma/enums";
import { getDb } from "@/lib/db";
import { paging } from "@/lib/db/paging";
import { FULL_WITHDRAWAL_MARKER } from "@/lib/format/money";
import type { WithdrawalFilter, WithdrawalSort } from "@/lib/validations/withdrawals";
import { WITHDRAWAL_STATES } from "@/lib/withdrawals/state-machine";

import { formatAge, formatWithdrawalAmount, slaTone, type SlaTone } from "./withdrawal-format";

export const WITHDRAWALS_PAGE_SIZE = 50;

/** One queue row: plain strings only, safe to hand to client components (no Decimal, no Date). */
export type WithdrawalRowView = {
  id: string;
  state: WithdrawalState;
  provider: string;
  portfolioRef: string | null;
  ownerRef: string | null;
  customerRef: string | null;
  accountRef: string | null;
  currency: string;
  amount: string;
  /** The amount as a decimal string for <Money>; the full-withdrawal marker `1e100` when the request is for everything. */
  amountValue: string | null;
  isFull: boolean;
  createdAt: string;
  age: string;
  sla: SlaTone;
  makerId: string | null;
  approverIds: string[];
  requiredApprovals: number;
};

/** `scope` is a work queue's where-clause (withdrawal-queues.ts), resolved for the person looking. */
export function withdrawalWhere(
  filter: Omit<WithdrawalFilter, "sort" | "page" | "queue">,
  scope: Prisma.WithdrawalRequestWhereInput = {},
): Prisma.WithdrawalRequestWhereInput {
  return {
    AND: [scope],
    ...(filter.state && { state: filter.state }),
    ...(filter.provider && { provider: filter.provider }),
    ...(filter.currency && { currency: filter.currency }),
    ...(filter.portfolio && { portfolioRef: filter.portfolio }),
  };
}

// The id breaks ties so a page boundary never shows a row twice or skips one.
const ORDER: Record<WithdrawalSort, Prisma.WithdrawalRequestOrderByWithRelationInput[]> = {
  oldest: [{ createdAt: "asc" }, { id: "asc" }],
  newest: [{ createdAt: "desc" }, { id: "desc" }],
  // A full withdrawal has no amount until it is paid, so it sorts after every amount.
  "amount-desc": [{ amount: { sort: "desc", nulls: "last" } }, { createdAt: "asc" }, { id: "asc" }],
  "amount-asc": [{ amount: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }, { id: "asc" }],
};

/** One page of the queue's rows (offset pagination: the queue is small and people jump to a page). */
async function findWithdrawalRows(
  filter: WithdrawalFilter,
  now: Date,
  pageSize: number,
  scope: Prisma.WithdrawalRequestWhereInput = {},
  withApprovers = true,
): Promise<WithdrawalRowView[]> {
  const rows = await getDb().withdrawalRequest.findMany({
    where: withdrawalWhere(filter, scope),
    orderBy: ORDER[filter.sort],
    skip: (filter.page - 1) * pageSize,
    take: pageSize,
    // Prisma reads an included relation with a query of its own: a preview that shows no approvers skips it.
    include: { approvals: withApprovers && { select: { approverId: true } } },
  });
  return rows.map((r) => ({
    id: r.id,
    state: r.state,
    provider: r.provider,
    portfolioRef: r.portfolioRef,
    ownerRef: r.ownerRef,
    customerRef: r.customerRef,
    accountRef: r.accountRef,
    currency: r.currency,
    amount: formatWithdrawalAmount(r.amount, r.currency, r.isFull),
    amountValue: r.isFull ? FULL_WITHDRAWAL_MARKER.toString() : (r.amount?.toFixed() ?? null),
    isFull: r.isFull,
    createdAt: r.createdAt.toISOString(),
    age: formatAge(r.createdAt, now),
    sla: slaTone(r.state, r.createdAt, now),
    makerId: r.makerId,
    approverIds: r.approvals?.map((a) => a.approverId) ?? [],
    requiredApprovals: r.requiredApprovals,
  }));
}

/** One page of the queue with its total. */
export async function findWithdrawals(filter: WithdrawalFilter, now = new Date(), pageSize = WITHDRAWALS_PAGE_SIZE) {
  const [withdrawals, total] = await Promise.all([
    findWithdrawalRows(filter, now, pageSize),
    getDb().withdrawalRequest.count({ where: withdrawalWhere(filter) }),
  ]);
  return { withdrawals, ...paging(total, filter.page, pageSize) };
}

/**
 * What the queue page shows: one page of rows and the counts per state. The total comes
 * from the counts (the chosen state's, or all of them), which saves the page a COUNT query.
 */
export async function findWithdrawalQueue(
  filter: WithdrawalFilter,
  now = new Date(),
  pageSize = WITHDRAWALS_PAGE_SIZE,
  scope: Prisma.WithdrawalRequestWhereInput = {},
  { withApprovers = true }: { withApprovers?: boolean } = {},
) {
  const [withdrawals, counts] = await Promise.all([
    findWithdrawalRows(filter, now, pageSize, scope, withApprovers),
    countWithdrawalsByState(filter, scope),
  ]);
  const total = filter.state ? counts[filter.state] : Object.values(counts).reduce((a, b) => a + b, 0);
  return { withdrawals, counts, ...paging(total, filter.page, pageSize) };
}

/** Counts per state under the other filters, ignoring the state (each count says what choosing it would give). */
export async function countWithdrawalsByState(
  filter: Omit<WithdrawalFilter, "sort" | "page" | "queue">,
  scope: Prisma.WithdrawalRequestWhereInput = {},
): Promise<Record<WithdrawalState, number>> {
  const groups = await getDb().withdrawalRequest.groupBy({
    by: ["state"],
    where: withdrawalWhere({ ...filter, state: undefined }, scope),
    _count: { _all: true },
  });
  const counts = Object.fromEntries(WITHDRAWAL_STATES.map((s) => [s, 0])) as Record<WithdrawalState, number>;
  for (const g of groups) counts[g.state] = g._count._all;
  return counts;
}
