import "server-only";

import type { Permission } from "@/lib/auth/permissions";
import { caseQueueWhere } from "@/lib/onboarding/case-queues";
import { findCases } from "@/lib/onboarding/find-cases";
import { caseFilterSchema } from "@/lib/validations/onboarding";

import { PREVIEW_ITEMS, type InboxCard } from "./card-types";

/**
 * A card over the onboarding cases list with these URL filters: it loads page 1 of the very
 * list it links to (findCases with the same filter and queue), so count and list agree.
 * A case card is review work (tone "work", for those with onboarding.review) unless it says otherwise.
 */
export function caseListCard(
  params: Record<string, string>,
  {
    tone = "work",
    permission = "onboarding.review",
    ...card
  }: { id: string; title: string; hint: string; tone?: InboxCard["tone"]; permission?: Permission },
): InboxCard {
  const filter = caseFilterSchema.parse(params);
  return {
    ...card,
    tone,
    permission,
    group: "Onboarding",
    href: () => `/onboarding/cases?${new URLSearchParams(params).toString()}`,
    async load(user) {
      const scope = await caseQueueWhere(filter.queue);
      const { cases, total } = await findCases(filter, user, scope, PREVIEW_ITEMS, { withAssigneeEmails: false });
      return {
        count: total,
        oldestAt: cases[0]?.createdAt.toISOString() ?? null,
        items: cases.map((c) => ({
          id: c.id,
          label: c.displayName ?? c.subjectRef,
          detail: `${c.subjectType === "WISEALPHA_CUSTOMER" ? "WiseAlpha" : "Cashlink"} ${c.subjectRef}`,
          href: `/onboarding/cases/${c.id}`,
          at: c.createdAt.toISOString(),
        })),
      };
    },
  };
}
