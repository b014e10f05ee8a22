import { createWithdrawalRequest } from "./create-request";
import { parseDivestAmount, sameDivestAmount, type DivestAmount } from "./divest-amount";
import { recordTransition } from "./record-transition";
import type { Tx } from "@/lib/db";

export type DivestStatement = {
  portfolio: string;
  owner: string | null;
  currency: string | null;
  /** Exact text of divest_amount (null or 0 = nothing requested). */
  amountText: string | null;
  /** When the provider stated it: the event's time, or when reconciliation read the portfolio. */
  statedAt: Date;
  sourceEventId: bigint | null;
  via: "event" | "reconciliation";
};

/**
 * Brings our open request for a portfolio in line with what InvestSuite states the
 * divest amount is. The amount is the TOTAL requested: a different amount
 * supersedes the open request (cancelled, new one created, same transaction); 0
 * cancels it; the same amount changes nothing; an older statement than the one the
 * open request came from is ignored (events arrive out of order). Used by the event
 * handler and by the periodic reconciliation, so a lost event is caught up the same way.
 */
export async function applyDivestAmount(
  tx: Tx,
  statement: DivestStatement,
): Promise<"created" | "superseded" | "cancelled" | "unchanged" | "stale"> {
  const requested = parseDivestAmount(statement.amountText);
  const open = await lockOpenRequest(tx, statement.portfolio);
  if (open && sameDivestAmount(asDivest(open), requested)) return "unchanged";
  if (open?.sourceTime && statement.statedAt < open.sourceTime) return "stale";
  if (!open && requested.kind === "none") return "unchanged";

  const meta = { eventId: statement.sourceEventId, details: { via: statement.via } };
  if (open) {
    const reason = requested.kind === "none" ? "The divest amount was set back to 0." : "Superseded by a new divest amount.";
    await recordTransition(tx, open.id, open.state, "CANCELLED", { ...meta, reason });
  }
  if (requested.kind === "none") return "cancelled";
  if (!statement.currency) throw new Error(`No currency for the divest amount of ${statement.portfolio}.`);

  const id = await createWithdrawalRequest(tx, {
    provider: "INVESTSUITE",
    portfolioRef: statement.portfolio,
    ownerRef: statement.owner,
    currency: statement.currency,
    isFull: requested.kind === "full",
    amount: requested.kind === "amount" ? requested.amount.toFixed() : null,
    sourceEventId: statement.sourceEventId,
    sourceTime: statement.statedAt,
  });
  if (open) await tx.withdrawalRequest.update({ where: { id: open.id }, data: { supersededById: id } });
  await recordTransition(tx, id, null, "REQUESTED", {
    ...meta,
    details: { ...meta.details, amount: requested.kind === "amount" ? requested.amount.toFixed() : "full", currency: statement.currency },
  });
  await wakeWaitingCashNotices(tx, statement.portfolio);
  return open ? "superseded" : "created";
}

/**
 * A cash-available notice that arrived before this request waits, backing off (see
 * onCashAvailable); it runs at the next sweep instead, once this transaction commits.
 */
async function wakeWaitingCashNotices(tx: Tx, portfolioRef: string) {
  await tx.$executeRaw`
    UPDATE "ProviderEvent" SET "nextAttemptAt" = now()
     WHERE "portfolioRef" = ${portfolioRef} AND provider = 'INVESTSUITE'
       AND type = 'portfolios.cash-available-for-withdrawal' AND status = 'FAILED'`;
}

export async function lockOpenRequest(tx: Tx, portfolioRef: string) {
  const [locked] = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "WithdrawalRequest"
     WHERE provider = 'INVESTSUITE' AND "portfolioRef" = ${portfolioRef} AND state IN ('REQUESTED', 'CASH_AVAILABLE')
     FOR UPDATE`;
  return locked ? tx.withdrawalRequest.findUniqueOrThrow({ where: { id: locked.id } }) : null;
}

function asDivest(request: { isFull: boolean; amount: { toString(): string } | null }): DivestAmount {
  return request.isFull ? { kind: "full" } : parseDivestAmount(request.amount?.toString() ?? null);
}
