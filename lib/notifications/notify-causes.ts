import type { Db } from "@/lib/db/create-client";
import type { WithdrawalState } from "@/generated/prisma/enums";

import { notify, notifyMany } from "./notify";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

const WITHDRAWAL_OUTCOMES: Partial<
  Record<
    WithdrawalState,
    { kind: "withdrawal.approved" | "withdrawal.rejected" | "withdrawal.executed" | "withdrawal.failed"; verb: string }
  >
> = {
  APPROVED: { kind: "withdrawal.approved", verb: "was approved" },
  REJECTED: { kind: "withdrawal.rejected", verb: "was rejected" },
  EXECUTED: { kind: "withdrawal.executed", verb: "was paid out" },
  FAILED: { kind: "withdrawal.failed", verb: "failed at the provider" },
};

/** A withdrawal I prepared was approved, rejected, executed or failed: tell its maker (not when the maker did it). */
export async function notifyWithdrawalMaker(
  tx: Tx,
  withdrawalId: string,
  to: WithdrawalState,
  actorId: string | null,
  reason?: string | null,
) {
  const outcome = WITHDRAWAL_OUTCOMES[to];
  if (!outcome) return;
  const w = await tx.withdrawalRequest.findUnique({
    where: { id: withdrawalId },
    select: { makerId: true, provider: true, portfolioRef: true, customerRef: true, currency: true },
  });
  if (!w?.makerId || w.makerId === actorId) return;
  await notify(tx, {
    userId: w.makerId,
    kind: outcome.kind,
    title: `A withdrawal you prepared ${outcome.verb}`,
    body: [`${w.provider} ${w.portfolioRef ?? w.customerRef ?? ""} (${w.currency})`.trim(), reason].filter(Boolean).join(" · "),
    href: `/withdrawals/${withdrawalId}`,
    targetType: "withdrawal",
    targetId: withdrawalId,
  });
}

type CaseOfActivity = { id: string; assigneeId: string | null; displayName: string | null; subjectRef: string };

/** A case assigned to me got provider activity: one notification per event (however often it is replayed), in one statement for many. */
export async function notifyCaseAssignees(tx: Tx, activity: { case: CaseOfActivity; eventId: bigint; summary: string }[]) {
  await notifyMany(
    tx,
    activity.flatMap(({ case: c, eventId, summary }) =>
      c.assigneeId
        ? [
            {
              userId: c.assigneeId,
              kind: "case.provider_activity" as const,
              title: `New provider activity on ${c.displayName ?? c.subjectRef}`,
              body: summary,
              href: `/onboarding/cases/${c.id}`,
              targetType: "onboarding_case",
              targetId: c.id,
              dedupeKey: `event:${eventId}:case:${c.id}`,
            },
          ]
        : [],
    ),
  );
}

type OrderPlacerCause = { kind: "order.needs_confirmation" | "order.filled"; originalId: string; orderId: string; eventId: bigint };

/** An order I placed needs confirmation after a re-price, or was filled: tell whoever placed its chain's first order (two statements for many). */
export async function notifyOrderPlacers(tx: Tx, causes: OrderPlacerCause[]) {
  if (causes.length === 0) return;
  const placements = await tx.orderPlacement.findMany({
    where: { providerOrderId: { in: [...new Set(causes.flatMap((c) => [c.originalId, c.orderId]))] } },
    select: { providerOrderId: true, actorId: true, customerRef: true, productId: true },
  });
  const byOrder = new Map(placements.map((p) => [p.providerOrderId, p]));
  const notifications = causes.flatMap(({ kind, originalId, orderId, eventId }) => {
    // The chain's first order's placement, else the order's own (a placement made under a later id).
    const placement = byOrder.get(originalId) ?? byOrder.get(orderId);
    if (!placement) return [];
    return [
      {
        userId: placement.actorId,
        kind,
        title:
          kind === "order.filled" ? `An order you placed was filled (${orderId})` : `An order you placed needs confirmation (${orderId})`,
        body: `Customer ${placement.customerRef} · ${placement.productId}`,
        href: kind === "order.filled" ? `/orders/history/${encodeURIComponent(originalId)}` : `/orders/to-confirm#order-${orderId}`,
        targetType: "order",
        targetId: orderId,
        dedupeKey: `event:${eventId}:${kind}`,
      },
    ];
  });
  await notifyMany(tx, notifications);
}
