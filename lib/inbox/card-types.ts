import type { Permission } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { linkedPeople, type LinkedPeopleOf } from "@/lib/four-eyes/eligibility";

export type InboxGroup = "Withdrawals" | "Deposits" | "Onboarding" | "Orders" | "Events" | "Reconciliation";

/** One row a card previews; plain strings so it crosses to client components. */
export type InboxItem = { id: string; label: string; detail?: string; href: string; at: string };

export type InboxCardData = {
  count: number;
  /** The count is the planner's estimate (large event tables), shown with "≈". */
  approximate?: boolean;
  /** ISO time of the oldest item, shown as a relative age. */
  oldestAt: string | null;
  items: InboxItem[];
};

/**
 * Per-load memo so cards that read the same figure (event counts per status, the people linked
 * to me by the cooling-off rule) ask once: each query costs the web process about a
 * millisecond of CPU whatever its size (bench: 36 trivial queries in parallel, 39 ms), so the
 * home's time is mostly its number of queries.
 */
export type InboxContext = { now: Date; memo: <T>(key: string, load: () => Promise<T>) => Promise<T> };

/** The four-eyes "linked people" of the person looking, read once per home load. */
export const memoLinkedPeople =
  (ctx: InboxContext): LinkedPeopleOf =>
  (userId, now) =>
    ctx.memo(`linked-people:${userId}`, () => linkedPeople(getDb(), userId, now));

/**
 * One kind of work on the home page. `load` MUST call the same query function as the list
 * `href` opens (pass it the list's own filter), so the card's count is the list's total.
 */
export type InboxCard = {
  id: string;
  group: InboxGroup;
  title: string;
  /** One line: what to do with these. */
  hint: string;
  permission: Permission;
  /** "attention" cards are highlighted when non-empty (failures, over SLA). */
  tone: "attention" | "work";
  href: (user: CurrentUser) => string;
  load: (user: CurrentUser, ctx: InboxContext) => Promise<InboxCardData>;
};

export const PREVIEW_ITEMS = 3;
