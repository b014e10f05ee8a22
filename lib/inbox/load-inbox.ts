import "server-only";

import { hasPermission } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/session";
import { getRequestLogger } from "@/lib/request-context";

import type { InboxCardData, InboxContext, InboxGroup } from "./card-types";
import { INBOX_CARDS } from "./registry";

export type InboxCardView = InboxCardData & {
  id: string;
  group: InboxGroup;
  title: string;
  hint: string;
  tone: "attention" | "work";
  href: string;
  /** The card could not be loaded; the others still show. */
  failed?: boolean;
};

/** The cards this person's permissions allow. */
export function cardsFor(user: Pick<CurrentUser, "role">) {
  return INBOX_CARDS.filter((card) => hasPermission(user.role, card.permission));
}

/** Loads every card the person may see, in parallel; one failing card does not blank the page. */
export async function loadInbox(user: CurrentUser, now = new Date()): Promise<InboxCardView[]> {
  const memos = new Map<string, Promise<unknown>>();
  const ctx: InboxContext = {
    now,
    memo: <T>(key: string, load: () => Promise<T>) => {
      if (!memos.has(key)) memos.set(key, load());
      return memos.get(key) as Promise<T>;
    },
  };
  return Promise.all(
    cardsFor(user).map(async (card) => {
      const base = { id: card.id, group: card.group, title: card.title, hint: card.hint, tone: card.tone, href: card.href(user) };
      try {
        return { ...base, ...(await card.load(user, ctx)) };
      } catch (err) {
        (await getRequestLogger()).error({ err, card: card.id }, "inbox card failed to load");
        return { ...base, count: 0, oldestAt: null, items: [], failed: true };
      }
    }),
  );
}
