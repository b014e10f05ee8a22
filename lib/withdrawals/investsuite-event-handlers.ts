import { randomUUID } from "node:crypto";

import type { EventHandler } from "@/lib/events/handlers";

import { parseDivestAmount, sameDivestAmount, withdrawalIdempotencyKey, type DivestAmount } from "./divest-amount";
import { recordTransition } from "./record-transition";

type Tx = Parameters<EventHandler>[0];
type EventFields = { portfolio: string | null; owner: string | null; currency: string | null; amount: string | null };

/**
 * `portfolios.divest-amount-update`: the divest amount is the TOTAL requested, so a
 * new value supersedes the open request (cancelled, and a new one created in the
 * same transaction); 0 cancels it. Replaying the same event changes nothing.
 */
export const onDivestAmountUpdate: EventHandler = async (tx, event) => {
  const fields = await readFields(tx, event.id);
  if (!fields.portfolio) throw new Error("divest-amount-update without data.id (the portfolio).");
  const requested = parseDivestAmount(fields.amount);
  if (await tx.withdrawalRequest.findFirst({ where: { sourceEventId: event.id }, select: { id: true } })) return;

  const open = await lockOpenRequest(tx, fields.portfolio);
  if (open && sameDivestAmount(asDivest(open), requested)) return;
  // Events can arrive out of order: an older divest amount must not replace a newer one.
  if (open?.sourceEventId && (await isOlderEvent(tx, event.id, open.sourceEventId))) return;
  if (open) {
    const reason = requested.kind === "none" ? "The divest amount was set back to 0." : "Superseded by a new divest amount.";
    await recordTransition(tx, open.id, open.state, "CANCELLED", { reason, eventId: event.id });
  }
  if (requested.kind === "none") return;
  if (!fields.currency) throw new Error("divest-amount-update without data.currency.");

  const id = randomUUID();
  await tx.withdrawalRequest.create({
    data: {
      id,
      provider: "INVESTSUITE",
      portfolioRef: fields.portfolio,
      ownerRef: fields.owner,
      currency: fields.currency,
      isFull: requested.kind === "full",
      amount: requested.kind === "amount" ? requested.amount.toFixed() : null,
      idempotencyKey: withdrawalIdempotencyKey(id),
      sourceEventId: event.id,
    },
  });
  if (open) await tx.withdrawalRequest.update({ where: { id: open.id }, data: { supersededById: id } });
  await recordTransition(tx, id, null, "REQUESTED", { eventId: event.id, details: { amount: requested.kind === "amount" ? requested.amount.toFixed() : "full", currency: fields.currency } });
};

/** `portfolios.cash-available-for-withdrawal`: the open request's cash is now available. */
export const onCashAvailable: EventHandler = async (tx, event) => {
  const fields = await readFields(tx, event.id);
  if (!fields.portfolio) throw new Error("cash-available-for-withdrawal without data.id (the portfolio).");
  const open = await lockOpenRequest(tx, fields.portfolio);
  // Already available (a replay or a second notice), or nothing open: nothing to do.
  if (!open || open.state !== "REQUESTED") return;
  await recordTransition(tx, open.id, "REQUESTED", "CASH_AVAILABLE", { eventId: event.id, data: { cashAvailableAt: new Date() } });
};

/** Exact text of the fields from the stored JSONB (a JS number would round amounts). */
async function readFields(tx: Tx, eventId: bigint): Promise<EventFields> {
  const [row] = await tx.$queryRaw<EventFields[]>`
    SELECT payload->'data'->>'id' AS portfolio, payload->'data'->>'owned_by_user_id' AS owner,
           payload->'data'->>'currency' AS currency, payload->'data'->>'divest_amount' AS amount
      FROM "ProviderEvent" WHERE id = ${eventId}`;
  if (!row) throw new Error(`Event ${eventId} has no payload (purged?).`);
  return row;
}

async function lockOpenRequest(tx: Tx, portfolioRef: string) {
  const [locked] = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "WithdrawalRequest"
     WHERE provider = 'INVESTSUITE' AND "portfolioRef" = ${portfolioRef} AND state IN ('REQUESTED', 'CASH_AVAILABLE')
     FOR UPDATE`;
  return locked ? tx.withdrawalRequest.findUniqueOrThrow({ where: { id: locked.id } }) : null;
}

/** Provider time first (receipt time when the provider sent none), then our id, as a total order. */
async function isOlderEvent(tx: Tx, eventId: bigint, thanEventId: bigint): Promise<boolean> {
  const [row] = await tx.$queryRaw<{ older: boolean }[]>`
    SELECT (COALESCE(a."providerCreatedAt", a."receivedAt"), a.id) < (COALESCE(b."providerCreatedAt", b."receivedAt"), b.id) AS older
      FROM "ProviderEvent" a, "ProviderEvent" b WHERE a.id = ${eventId} AND b.id = ${thanEventId}`;
  return row?.older ?? false;
}

function asDivest(request: { isFull: boolean; amount: { toString(): string } | null }): DivestAmount {
  return request.isFull ? { kind: "full" } : parseDivestAmount(request.amount?.toString() ?? null);
}
