import { EventNotReadyError } from "@/lib/events/event-not-ready";
import type { EventHandler, HandledEvent } from "@/lib/events/handlers";
import { onePerSubject } from "@/lib/events/one-per-subject";

import { applyDivestAmounts, lockOpenRequest } from "./apply-divest-amount";
import { recordTransition } from "./record-transition";
import type { Tx } from "@/lib/db";

type EventFields = { portfolio: string | null; owner: string | null; currency: string | null; amount: string | null; statedAt: Date };

/**
 * `portfolios.divest-amount-update`: see applyDivestAmount (supersede, cancel on 0,
 * ignore stale). Replaying the same event finds the same amount and changes nothing.
 * Set-based (#19): a set of events is read in one statement and applied by applyDivestAmounts.
 */
export async function onDivestAmountUpdates(tx: Tx, events: HandledEvent[]) {
  const fields = await readFieldsOf(
    tx,
    events.map((e) => e.id),
  );
  const statements = events.map(({ id }) => {
    const f = fieldsOf(fields, id);
    if (!f.portfolio) throw new Error("divest-amount-update without data.id (the portfolio).");
    return {
      portfolio: f.portfolio,
      owner: f.owner,
      currency: f.currency,
      amountText: f.amount,
      statedAt: f.statedAt,
      sourceEventId: id,
      via: "event" as const,
    };
  });
  for (const set of onePerSubject(statements, (s) => s.portfolio)) await applyDivestAmounts(tx, set);
}

/**
 * `portfolios.cash-available-for-withdrawal`: the open request's cash is now available.
 * InvestSuite sends it after the divest-amount-update that opened the request, but events
 * arrive out of order (#20: 5 of 10 requests stayed REQUESTED in a fault run). With no
 * open request the notice is either late (a request of the portfolio closed after it was
 * stated: nothing to do) or early: then it waits (EventNotReadyError, retried, never
 * PROCESSED) and applyDivestAmount wakes it as soon as the request exists.
 */
export const onCashAvailable: EventHandler = async (tx, event) => {
  const fields = await readFields(tx, event.id);
  if (!fields.portfolio) throw new Error("cash-available-for-withdrawal without data.id (the portfolio).");
  const open = await lockOpenRequest(tx, fields.portfolio);
  if (open) {
    // Already CASH_AVAILABLE: a replay or a second notice (InvestSuite repeats it when holdings change).
    if (open.state === "REQUESTED") {
      await recordTransition(tx, open.id, "REQUESTED", "CASH_AVAILABLE", { eventId: event.id, data: { cashAvailableAt: new Date() } });
    }
    return;
  }
  if (await closedSince(tx, fields.portfolio, fields.statedAt)) return;
  throw new EventNotReadyError(
    `No open withdrawal for portfolio ${fields.portfolio} yet: waiting for its divest-amount-update (events arrive out of order).`,
  );
};

/**
 * Whether a request of the portfolio left the open states (cancelled, superseded, prepared…)
 * at or after `statedAt`: then the notice was about that request and came late.
 */
async function closedSince(tx: Tx, portfolioRef: string, statedAt: Date): Promise<boolean> {
  const [row] = await tx.$queryRaw<{ closed: boolean }[]>`
    SELECT EXISTS (SELECT 1 FROM "WithdrawalRequest" r JOIN "WithdrawalTransition" t ON t."withdrawalId" = r.id
                    WHERE r.provider = 'INVESTSUITE' AND r."portfolioRef" = ${portfolioRef}
                      AND t."fromState" IN ('REQUESTED', 'CASH_AVAILABLE') AND t."toState" NOT IN ('REQUESTED', 'CASH_AVAILABLE')
                      AND t."createdAt" >= ${statedAt}) AS closed`;
  return row?.closed ?? false;
}

/**
 * Exact text of the fields from the stored JSONB (a JS number would round amounts),
 * and when the provider stated them (its event time; our receipt time if it sent none).
 */
async function readFields(tx: Tx, eventId: bigint): Promise<EventFields> {
  return fieldsOf(await readFieldsOf(tx, [eventId]), eventId);
}

function fieldsOf(read: Map<bigint, EventFields>, eventId: bigint): EventFields {
  const row = read.get(eventId);
  if (!row || (row.portfolio === null && row.amount === null && row.currency === null))
    throw new Error(`Event ${eventId} has no payload (purged?).`);
  return row;
}

async function readFieldsOf(tx: Tx, eventIds: bigint[]): Promise<Map<bigint, EventFields>> {
  const rows = await tx.$queryRaw<(EventFields & { id: bigint })[]>`
    SELECT id, payload->'data'->>'id' AS portfolio, payload->'data'->>'owned_by_user_id' AS owner,
           payload->'data'->>'currency' AS currency, payload->'data'->>'divest_amount' AS amount,
           COALESCE("providerCreatedAt", "receivedAt") AS "statedAt"
      FROM "ProviderEvent" WHERE id = ANY(${eventIds.map(String)}::bigint[])`;
  return new Map(rows.map((r) => [BigInt(r.id), r]));
}
