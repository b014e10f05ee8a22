import "server-only";

import type { Prisma } from "@/generated/prisma/client";
import type { DepositState } from "@/generated/prisma/enums";
import { FOUR_EYES_POLICY } from "@/lib/auth/four-eyes-policy";
import { hasPermission } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { linkedPeople, type LinkedPeopleOf } from "@/lib/four-eyes/eligibility";
import type { DepositFilter } from "@/lib/validations/deposits";

/** One list row: plain strings only, safe to hand to client components (no Decimal, no Date). */
export type DepositRowView = {
  id: string;
  state: DepositState;
  portfolioRef: string;
  currency: string;
  amount: string;
  /** Midnight UTC of the value day (shown with formatCalendarDay, the same day in every zone). */
  valueDate: string;
  bankReference: string;
  recordedBy: string;
  createdAt: string;
};

export const DEPOSIT_MINE_LABELS: Record<NonNullable<DepositFilter["mine"]>, string> = {
  "awaiting-my-approval": "awaiting my approval",
  "recorded-by-me": "recorded by me",
};

const NOTHING: Prisma.DepositWhereInput = { id: { in: [] } };

/**
 * "Awaiting my approval": the approver rule of lib/four-eyes/eligibility.ts (permission, not the
 * person who recorded it, not linked to them by the cooling-off rule) as a filter, so the list
 * and a home card show exactly what this person may approve.
 */
export async function awaitingApprovalOf(
  user: Pick<CurrentUser, "id" | "role">,
  now = new Date(),
  linkedOf: LinkedPeopleOf = (id, at) => linkedPeople(getDb(), id, at),
): Promise<Prisma.DepositWhereInput> {
  if (!hasPermission(user.role, FOUR_EYES_POLICY["deposit.approve"].approve)) return NOTHING;
  const excluded = [user.id, ...(await linkedOf(user.id, now))];
  return { state: "AWAITING_APPROVAL", recordedById: { notIn: excluded } };
}

export async function depositWhere(
  filter: DepositFilter,
  user: Pick<CurrentUser, "id" | "role">,
  linkedOf?: LinkedPeopleOf,
): Promise<Prisma.DepositWhereInput> {
  const scope =
    filter.mine === "awaiting-my-approval"
      ? await awaitingApprovalOf(user, new Date(), linkedOf)
      : filter.mine === "recorded-by-me"
        ? { recordedById: user.id }
        : {};
  return {
    AND: [scope],
    ...(filter.state && { state: filter.state }),
    ...(filter.portfolio && { portfolioRef: filter.portfolio.toUpperCase() }),
  };
}

/** One page of deposits, newest first (offset pagination: people jump to a page), with the total. */
export async function findDeposits(
  filter: DepositFilter,
  user: Pick<CurrentUser, "id" | "role">,
  pageSize: number,
  linkedOf?: LinkedPeopleOf,
) {
  const db = getDb();
  const where = await depositWhere(filter, user, linkedOf);
  const [rows, total, inFlight] = await Promise.all([
    db.deposit.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (filter.page - 1) * pageSize,
      take: pageSize,
    }),
    db.deposit.count({ where }),
    db.deposit.count({ where: { AND: [where, { state: { in: ["READY_TO_SEND", "SENDING"] } }] } }),
  ]);
  const users = rows.length
    ? await db.user.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.recordedById))] } }, select: { id: true, email: true } })
    : [];
  const email = new Map(users.map((u) => [u.id, u.email]));
  const deposits: DepositRowView[] = rows.map((r) => ({
    id: r.id,
    state: r.state,
    portfolioRef: r.portfolioRef,
    currency: r.currency,
    amount: r.amount.toFixed(),
    valueDate: r.valueDate.toISOString(),
    bankReference: r.bankReference,
    recordedBy: email.get(r.recordedById) ?? r.recordedById,
    createdAt: r.createdAt.toISOString(),
  }));
  return { deposits, total, inFlight };
}
