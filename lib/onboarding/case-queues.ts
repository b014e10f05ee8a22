import "server-only";

import type { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/lib/db";
import type { CaseQueue } from "@/lib/validations/onboarding";

export const CASE_QUEUE_LABELS: Record<CaseQueue, string> = {
  "new-activity": "waiting on the customer, with provider activity since our last action",
  "ready-to-invest": "Cashlink invitations complete and ready for an investment",
};

/**
 * The where-clause of a case work queue; the cases list (?queue=…) and the home card both
 * call it, so a card's count is the list's total.
 */
export async function caseQueueWhere(queue: CaseQueue | undefined): Promise<Prisma.OnboardingCaseWhereInput> {
  if (queue === "new-activity") return { id: { in: await casesWithNewActivity() } };
  if (queue === "ready-to-invest") {
    const invested = await getDb().cashlinkInvestmentRequest.findMany({ where: { state: "CREATED" }, select: { invitationId: true } });
    return {
      subjectType: "CASHLINK_INVITATION",
      providerReady: true,
      status: { not: "REJECTED" },
      subjectRef: { notIn: invested.map((i) => i.invitationId) },
    };
  }
  return {};
}

/**
 * Waiting on the customer, and the newest timeline entry that came from the provider is
 * newer than anything a person did on the case and than the status change that started
 * the wait (a provider event is written before the status change it causes).
 */
async function casesWithNewActivity(): Promise<string[]> {
  const rows = await getDb().$queryRaw<{ id: string }[]>`
    SELECT c."id" FROM "OnboardingCase" c
     WHERE c."status" = 'WAITING_ON_CUSTOMER'
       AND (SELECT max(e."id") FROM "OnboardingCaseEntry" e WHERE e."caseId" = c."id" AND e."kind" = 'PROVIDER_EVENT')
         > COALESCE((SELECT max(e."id") FROM "OnboardingCaseEntry" e
                      WHERE e."caseId" = c."id" AND (e."actorId" IS NOT NULL OR e."kind" = 'STATUS_CHANGED')), 0)`;
  return rows.map((r) => r.id);
}
