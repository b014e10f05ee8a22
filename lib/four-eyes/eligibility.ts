import "server-only";

import type { AccountChangeKind } from "@/generated/prisma/enums";
import { writeAudit } from "@/lib/audit/write-audit";
import { hasPermission, type Permission } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/session";
import { getDb, type Tx } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { actorOf } from "@/lib/audit/audit-context";

/**
 * Who may be the second person, decided in one place for every four-eyes approval
 * (change requests and withdrawals). Four eyes means two *people*: an account the
 * requester created, promoted or reset recently may be the requester under another
 * name (they chose its password), and so may an account that the approver did that to.
 */

/** A refusal of the approver; the caller writes its audit entry after the transaction rolled back. */
export class FourEyesRefusal extends AppError {
  constructor(
    message: string,
    readonly rule: "permission" | "requester" | "subject" | "related",
    readonly attempted: string,
    readonly target: { type: string; id: string },
  ) {
    super("FORBIDDEN", message);
  }
}

export type EligibilityCheck = {
  /** What the approver does, for the audit entry, e.g. `approve:user.create_admin`. */
  attempted: string;
  approvePermission: Permission;
  /** Who asked: the requester or maker, plus anyone who already approved. */
  requesterIds: readonly (string | null)[];
  /** The account the change is about: nobody approves a change to their own account. */
  subjectUserId?: string | null;
  /** Shown when the approver is one of the requesters. */
  requesterMessage: string;
  target: { type: string; id: string };
};

const VERB: Record<AccountChangeKind, string> = {
  CREATED: "created",
  ROLE_CHANGED: "changed the role of",
  PASSWORD_RESET: "reset the password of",
  SECOND_FACTOR_RESET: "reset the second factor of",
};

export function coolingOffHours(): number {
  return getEnv().FOUR_EYES_COOLING_OFF_HOURS;
}

/**
 * Account changes within the cooling-off window between `userId` and any of `others`,
 * in either direction, newest first. One indexed query per approval.
 */
export async function accountLinks(db: Tx | ReturnType<typeof getDb>, userId: string, others: readonly string[], now = new Date()) {
  const hours = coolingOffHours();
  if (hours === 0 || others.length === 0) return [];
  const since = new Date(now.getTime() - hours * 3_600_000);
  return db.accountChange.findMany({
    where: {
      at: { gte: since },
      OR: [
        { userId, byUserId: { in: [...others] } },
        { userId: { in: [...others] }, byUserId: userId },
      ],
    },
    orderBy: { at: "desc" },
  });
}

export const LINKED_REASON = "Your account and the requester's were created, promoted or reset by one another recently (four-eyes rule).";

/** For pages that grey out buttons: which of `askers` this user is linked to, by the same rule as the approval. */
export async function linkedAskers(db: ReturnType<typeof getDb>, userId: string, askers: readonly (string | null)[]): Promise<Set<string>> {
  const ids = [...new Set(askers.filter((id): id is string => Boolean(id) && id !== userId))];
  const links = await accountLinks(db, userId, ids);
  return new Set(links.map((l) => (l.userId === userId ? l.byUserId : l.userId)).filter((id): id is string => id !== null));
}

/**
 * Everyone `userId` is linked to by the cooling-off rule (either direction), for lists that
 * must show only what this person may approve ("awaiting my approval"): the same rule
 * assertEligibleApprover applies, read once for the whole list instead of per row.
 */
/** How a queue reads linkedPeople: the home passes a memoised one, so its cards ask once per load. */
export type LinkedPeopleOf = (userId: string, now: Date) => Promise<string[]>;

export async function linkedPeople(db: Tx | ReturnType<typeof getDb>, userId: string, now = new Date()): Promise<string[]> {
  const hours = coolingOffHours();
  if (hours === 0) return [];
  const since = new Date(now.getTime() - hours * 3_600_000);
  const links = await db.accountChange.findMany({
    where: { at: { gte: since }, OR: [{ userId }, { byUserId: userId }] },
    select: { userId: true, byUserId: true },
  });
  const ids = links.map((l) => (l.userId === userId ? l.byUserId : l.userId)).filter((id): id is string => !!id && id !== userId);
  return [...new Set(ids)];
}

/** Throws a FourEyesRefusal when `approver` may not approve; call it inside the approval's transaction. */
export async function assertEligibleApprover(tx: Tx, approver: CurrentUser, check: EligibilityCheck): Promise<void> {
  const refuse = (message: string, rule: FourEyesRefusal["rule"]) => new FourEyesRefusal(message, rule, check.attempted, check.target);
  if (!hasPermission(approver.role, check.approvePermission)) {
    throw refuse(`Your role (${approver.role}) may not approve this (${check.approvePermission}).`, "permission");
  }
  const requesters = check.requesterIds.filter((id): id is string => Boolean(id));
  if (requesters.includes(approver.id)) throw refuse(check.requesterMessage, "requester");
  if (check.subjectUserId && check.subjectUserId === approver.id) {
    throw refuse("This change is to your own account, so another person must approve it (four-eyes rule).", "subject");
  }
  const [link] = await accountLinks(tx, approver.id, requesters);
  if (link) {
    const hours = coolingOffHours();
    const message =
      link.userId === approver.id
        ? `The person who asked for this ${VERB[link.kind]} your account within the last ${hours} hours, so you cannot approve their request (four-eyes rule).`
        : `You ${VERB[link.kind]} the account of the person who asked for this within the last ${hours} hours, so you cannot approve their request (four-eyes rule).`;
    throw refuse(message, "related");
  }
}

/**
 * Runs an approval; a FourEyesRefusal is audited (outcome DENIED) after its transaction
 * rolled back, so the refusal is on record even though nothing changed.
 */
export async function auditingRefusals<T>(approver: CurrentUser, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof FourEyesRefusal) {
      await writeAudit(getDb(), {
        action: "action.denied",
        outcome: "DENIED",
        ...actorOf(approver),
        targetType: error.target.type,
        targetId: error.target.id,
        details: { attempted: error.attempted, rule: error.rule, message: error.message },
      });
    }
    throw error;
  }
}
