import "server-only";

import type { Prisma } from "@/generated/prisma/client";
import { FOUR_EYES_POLICY } from "@/lib/auth/four-eyes-policy";
import { hasPermission } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { linkedPeople, type LinkedPeopleOf } from "@/lib/four-eyes/eligibility";
import type { WithdrawalQueue } from "@/lib/validations/withdrawals";
import { OPEN_STATES } from "@/lib/withdrawals/state-machine";

const HOUR = 3_600_000;
/** A payout normally finishes within minutes; one executing longer than this needs a look. */
export const EXECUTING_EXPECTED_MINUTES = 15;
/** The queue's amber rule (withdrawal-format.ts slaTone): open and at least 4 h old. */
export const SLA_AMBER_HOURS = 4;

export const WITHDRAWAL_QUEUE_LABELS: Record<WithdrawalQueue, string> = {
  "awaiting-my-approval": "awaiting my approval",
  "prepared-by-me": "prepared by me",
  "ready-to-prepare": "ready to prepare (cash available)",
  "over-sla": "over SLA (open 4 h or more)",
  "executing-long": `executing for more than ${EXECUTING_EXPECTED_MINUTES} min`,
  failed: "failed payouts",
};

const NOTHING: Prisma.WithdrawalRequestWhereInput = { id: { in: [] } };

export type QueueUser = Pick<CurrentUser, "id" | "role">;

/**
 * The where-clause of a work queue for this person. The withdrawals list (?queue=…) and the
 * home card both call it, so their counts cannot disagree.
 */
export async function withdrawalQueueWhere(
  queue: WithdrawalQueue | undefined,
  user: QueueUser,
  now = new Date(),
  linkedOf: LinkedPeopleOf = (id, at) => linkedPeople(getDb(), id, at),
): Promise<Prisma.WithdrawalRequestWhereInput> {
  switch (queue) {
    case undefined:
      return {};
    case "awaiting-my-approval":
      return awaitingApprovalWhere(user, now, linkedOf);
    case "prepared-by-me":
      return { makerId: user.id };
    case "ready-to-prepare":
      return { state: "CASH_AVAILABLE", makerId: null };
    case "over-sla":
      return { state: { in: [...OPEN_STATES] }, createdAt: { lte: new Date(now.getTime() - SLA_AMBER_HOURS * HOUR) } };
    case "executing-long":
      return { state: "EXECUTING", updatedAt: { lte: new Date(now.getTime() - EXECUTING_EXPECTED_MINUTES * 60_000) } };
    case "failed":
      return { state: "FAILED" };
  }
}

/**
 * Prepared by someone else and this person may approve it: the approver rule of
 * lib/four-eyes/eligibility.ts (permission, not the maker, not an earlier approver, not
 * linked to either by the cooling-off rule) as a filter over the whole queue.
 */
async function awaitingApprovalWhere(user: QueueUser, now: Date, linkedOf: LinkedPeopleOf): Promise<Prisma.WithdrawalRequestWhereInput> {
  if (!hasPermission(user.role, FOUR_EYES_POLICY["withdrawal.approve"].approve)) return NOTHING;
  const excluded = [user.id, ...(await linkedOf(user.id, now))];
  return {
    state: "CASH_AVAILABLE",
    makerId: { not: null, notIn: excluded },
    approvals: { none: { approverId: { in: excluded } } },
  };
}
