import type { EventHandler } from "@/lib/events/handlers";

import { applyDivestAmount, lockOpenRequest } from "./apply-divest-amount";
import { recordTransition } from "./record-transition";

type Tx = Parameters<EventHandler>[0];
type EventFields = { portfolio: string | null; owner: string | null; currency: string | null; amount: string | null; statedAt: Date };

/**
 * `portfolios.divest-amount-update`: see applyDivestAmount (supersede, cancel on 0,
 * ignore stale). Replaying the same event finds the same amount and changes nothing.
 */
export const onDivestAmountUpdate: EventHandler = async (tx, event) => {
  const fields = await readFields(tx, event.id);
  if (!fields.portfolio) throw new Error("divest-amount-update without data.id (the portfolio).");
  await applyDivestAmount(tx, {
    portfolio: fields.portfolio,
    owner: fields.owner,
    currency: fields.currency,
    amountText: fields.amount,
    statedAt: fields.statedAt,
    sourceEventId: event.id,
    via: "event",
  });
};

/** `portfolios.cash-available-for-withdrawal`: the open request's cash is now available. */
export const onCashAvailable: EventHandler = async (tx, event) => {
  const fields = await readFields(tx, event.id);
  if (!fields.portfolio) throw new Error("cash-available-for-withdrawal without data.id (the portfolio).");
  const open = await lockOpenRequest(tx, fields.portfolio);
  if (!open && (await earlierDivestUpdatePending(tx, event.id, fields.portfolio))) {
    // Events are processed concurrently: the divest update that creates the request may not
    // have run yet. Failing here retries this event after it, instead of dropping the notice.
    throw new Error(`The divest-amount-update for ${fields.portfolio} is not processed yet; retrying after it.`);
  }
  // Already available (a replay or a second notice), or nothing open: nothing to do.
  if (!open || open.state !== "REQUESTED") return;
  await recordTransition(tx, open.id, "REQUESTED", "CASH_AVAILABLE", { eventId: event.id, data: { cashAvailableAt: new Date() } });
};

async function earlierDivestUpdatePending(tx: Tx, eventId: bigint, portfolioRef: string): Promise<boolean> {
  const [row] = await tx.$queryRaw<{ pending: boolean }[]>`
    SELECT EXISTS (SELECT 1 FROM "ProviderEvent"
                    WHERE provider = 'INVESTSUITE' AND type = 'portfolios.divest-amount-update' AND "portfolioRef" = ${portfolioRef}
                      AND id < ${eventId} AND status IN ('PENDING', 'FAILED')) AS pending`;
  return row?.pending ?? false;
}

/**
 * Exact text of the fields from the stored JSONB (a JS number would round amounts),
 * and when the provider stated them (its event time; our receipt time if it sent none).
 */
async function readFields(tx: Tx, eventId: bigint): Promise<EventFields> {
  const [row] = await tx.$queryRaw<EventFields[]>`
    SELECT payload->'data'->>'id' AS portfolio, payload->'data'->>'owned_by_user_id' AS owner,
           payload->'data'->>'currency' AS currency, payload->'data'->>'divest_amount' AS amount,
           COALESCE("providerCreatedAt", "receivedAt") AS "statedAt"
      FROM "ProviderEvent" WHERE id = ${eventId}`;
  if (!row || (row.portfolio === null && row.amount === null && row.currency === null))
    throw new Error(`Event ${eventId} has no payload (purged?).`);
  return row;
}
