import { findDeposits } from "@/lib/deposits/find-deposits";
import { formatMoney } from "@/lib/format/money";
import { depositFilterSchema } from "@/lib/validations/deposits";

import { memoLinkedPeople, PREVIEW_ITEMS, type InboxCard } from "../card-types";

/** Deposits above the four-eyes threshold this person may approve: page 1 of the very list the card opens. */
export const depositsAwaitingMyApproval: InboxCard = {
  id: "deposits-awaiting-my-approval",
  group: "Deposits",
  title: "Deposits awaiting my approval",
  hint: "Recorded by someone else, above the four-eyes threshold: approve or reject.",
  tone: "work",
  permission: "deposits.approve",
  href: () => "/deposits?mine=awaiting-my-approval",
  async load(user, ctx) {
    const filter = depositFilterSchema.parse({ mine: "awaiting-my-approval" });
    const { deposits, total } = await findDeposits(filter, user, PREVIEW_ITEMS, memoLinkedPeople(ctx));
    return {
      count: total,
      // The list is newest first; the card's age is that of the oldest shown.
      oldestAt: deposits.at(-1)?.createdAt ?? null,
      items: deposits.map((d) => ({
        id: d.id,
        label: formatMoney(d.amount, d.currency) ?? `${d.amount} ${d.currency}`,
        detail: `InvestSuite · ${d.portfolioRef}`,
        href: `/deposits/${d.id}`,
        at: d.createdAt,
      })),
    };
  },
};
