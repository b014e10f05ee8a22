import "server-only";

import type { Permission } from "@/lib/auth/permissions";
import { withdrawalFilterSchema, type WithdrawalQueue } from "@/lib/validations/withdrawals";
import { findWithdrawalQueue } from "@/lib/withdrawals/find-withdrawals";
import { withdrawalQueueWhere } from "@/lib/withdrawals/withdrawal-queues";

import { memoLinkedPeople, PREVIEW_ITEMS, type InboxCard } from "./card-types";

const PROVIDER_WORD = { INVESTSUITE: "InvestSuite", WISEALPHA: "WiseAlpha", CASHLINK: "Cashlink" } as const;

/**
 * A card over one withdrawal work queue: it loads page 1 of the very list it links to
 * (findWithdrawalQueue with the queue's where-clause), so count and list agree by construction.
 */
export function withdrawalQueueCard(
  queue: WithdrawalQueue,
  card: { id: string; title: string; hint: string; tone: InboxCard["tone"]; permission?: Permission },
): InboxCard {
  return {
    ...card,
    group: "Withdrawals",
    permission: card.permission ?? "withdrawals.read",
    href: () => `/withdrawals?queue=${queue}`,
    async load(user, ctx) {
      const { now } = ctx;
      const scope = await withdrawalQueueWhere(queue, user, now, memoLinkedPeople(ctx));
      const filter = withdrawalFilterSchema.parse({ queue });
      const { withdrawals, total } = await findWithdrawalQueue(filter, now, PREVIEW_ITEMS, scope, { withApprovers: false });
      return {
        count: total,
        oldestAt: withdrawals[0]?.createdAt ?? null,
        items: withdrawals.map((w) => ({
          id: w.id,
          label: w.amount,
          detail: `${PROVIDER_WORD[w.provider as keyof typeof PROVIDER_WORD] ?? w.provider} · ${w.portfolioRef ?? w.customerRef ?? w.id}`,
          href: `/withdrawals/${w.id}`,
          at: w.createdAt,
        })),
      };
    },
  };
}
