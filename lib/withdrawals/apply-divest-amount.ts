import type { WithdrawalState } from "@/generated/prisma/enums";

import { createWithdrawalRequests } from "./create-request";
import { parseDivestAmount, sameDivestAmount, type DivestAmount } from "./divest-amount";
import { moveStates, recordTransitions, type WithdrawalMove } from "./record-transition";
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

type DivestOutcome = "created" | "superseded" | "cancelled" | "unchanged" | "stale";

/**
 * Brings our open request for a portfolio in line with what InvestSuite states the
 * divest amount is. The amount is the TOTAL requested: a different amount
 * supersedes the open request (cancelled, new one created, same transaction); 0
 * cancels it; the same amount changes nothing; an older statement than the one the
 * open request came from is ignored (events arrive out of order). Used by the event
 * handler and by the periodic reconciliation, so a lost event is caught up the same way.
 */
export async function applyDivestAmount(tx: Tx, statement: DivestStatement): Promise<DivestOutcome> {
  return (await applyDivestAmounts(tx, [statement]))[0]!;
}

/**
 * applyDivestAmount for many statements about distinct portfolios, set-based (#19): one lock, one
 * UPDATE for the cancels, one INSERT for the new requests, one for their links, one for the history
 * and one for the audit, whatever the number. Throws (changing nothing the caller keeps) if any
 * statement is unreadable; the event batch then applies them one by one to find which.
 */
export async function applyDivestAmounts(tx: Tx, statements: DivestStatement[]): Promise<DivestOutcome[]> {
  const open = await lockOpenRequests(
    tx,
    statements.map((s) => s.portfolio),
  );
  const moves: WithdrawalMove[] = [];
  const creations: { statement: DivestStatement; requested: DivestAmount & { kind: "full" | "amount" }; supersedes: string | null }[] = [];
  const closedAt = await lastClosedAt(
    tx,
    statements.filter((s) => s.via === "reconciliation" && !open.has(s.portfolio)).map((s) => s.portfolio),
  );
  const outcomes = statements.map((statement): DivestOutcome => {
    const requested = parseDivestAmount(statement.amountText);
    const current = open.get(statement.portfolio);
    if (current && sameDivestAmount(asDivest(current), requested)) return "unchanged";
    if (current?.sourceTime && statement.statedAt < current.sourceTime) return "stale";
    if (!current && requested.kind === "none") return "unchanged";
    // A reconciliation read taken while a request of the portfolio was being paid out, or before one
    // closed (paid out, cancelled), is about that request: InvestSuite resets the divest amount only
    // with the payout. Acting on it would put a second request on a portfolio that asked once (seen
    // in e2e: one request EXECUTED and a new one CASH_AVAILABLE beside it).
    const closed = closedAt.get(statement.portfolio);
    if (!current && closed && statement.statedAt <= closed) return "stale";
    if (current) {
      const reason = requested.kind === "none" ? "The divest amount was set back to 0." : "Superseded by a new divest amount.";
      moves.push({ id: current.id, from: current.state, to: "CANCELLED", meta: { ...metaOf(statement), reason } });
    }
    if (requested.kind === "none") return "cancelled";
    if (!statement.currency) throw new Error(`No currency for the divest amount of ${statement.portfolio}.`);
    creations.push({ statement, requested, supersedes: current?.id ?? null });
    return current ? "superseded" : "created";
  });

  // Cancelled first: a portfolio has at most one open request, so its successor can only follow.
  await moveStates(tx, moves);
  for (const move of moves) move.stateWritten = true;
  const ids = await createWithdrawalRequests(
    tx,
    creations.map(({ statement, requested }) => ({
      provider: "INVESTSUITE",
      portfolioRef: statement.portfolio,
      ownerRef: statement.owner,
      currency: statement.currency!,
      isFull: requested.kind === "full",
      amount: requested.kind === "amount" ? requested.amount.toFixed() : null,
      sourceEventId: statement.sourceEventId,
      sourceTime: statement.statedAt,
    })),
  );
  const superseded = creations.flatMap(({ supersedes }, i) => (supersedes ? [{ old: supersedes, by: ids[i]! }] : []));
  if (superseded.length > 0)
    await tx.$executeRawUnsafe(
      `UPDATE "WithdrawalRequest" w SET "supersededById" = s.by_id, "updatedAt" = $3::timestamptz AT TIME ZONE 'UTC'
         FROM unnest($1::text[], $2::text[]) AS s(id, by_id) WHERE w.id = s.id`,
      superseded.map((s) => s.old),
      superseded.map((s) => s.by),
      new Date().toISOString(),
    );
  for (const [i, { statement, requested }] of creations.entries()) {
    const meta = metaOf(statement);
    moves.push({
      id: ids[i]!,
      from: null,
      to: "REQUESTED",
      meta: {
        ...meta,
        details: {
          ...meta.details,
          amount: requested.kind === "amount" ? requested.amount.toFixed() : "full",
          currency: statement.currency,
        },
      },
    });
  }
  // A portfolio's cancel before its creation (the moves were pushed in that order), so its history reads in order.
  await recordTransitions(tx, moves);
  await wakeWaitingCashNotices(
    tx,
    creations.map((c) => c.statement.portfolio),
  );
  return outcomes;
}

const metaOf = (statement: DivestStatement) => ({ eventId: statement.sourceEventId, details: { via: statement.via } });

/**
 * A cash-available notice that arrived before this request waits, backing off (see
 * onCashAvailable); it runs at the next sweep instead, once this transaction commits.
 */
async function wakeWaitingCashNotices(tx: Tx, portfolioRefs: string[]) {
  if (portfolioRefs.length === 0) return;
  await tx.$executeRaw`
    UPDATE "ProviderEvent" SET "nextAttemptAt" = now()
     WHERE "portfolioRef" = ANY(${portfolioRefs}::text[]) AND provider = 'INVESTSUITE'
       AND type = 'portfolios.cash-available-for-withdrawal' AND status = 'FAILED'`;
}

export async function lockOpenRequest(tx: Tx, portfolioRef: string) {
  const [locked] = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "WithdrawalRequest"
     WHERE provider = 'INVESTSUITE' AND "portfolioRef" = ${portfolioRef} AND state IN ('REQUESTED', 'CASH_AVAILABLE')
     FOR UPDATE`;
  return locked ? tx.withdrawalRequest.findUniqueOrThrow({ where: { id: locked.id } }) : null;
}

/**
 * For the reconciliation's statements about portfolios without an open request: when a request of
 * the portfolio last reached a final state, on our clock (the reconciliation's read time is ours
 * too), or +∞ while one is being paid out (APPROVED, EXECUTING: InvestSuite still shows its divest
 * amount until the payout resets it). Portfolio → time; only the portfolios asked about.
 */
async function lastClosedAt(tx: Tx, portfolioRefs: string[]): Promise<Map<string, Date>> {
  if (portfolioRefs.length === 0) return new Map();
  const rows = await tx.$queryRaw<{ portfolioRef: string; inFlight: boolean; closedAt: Date | null }[]>`
    SELECT r."portfolioRef",
           bool_or(r.state IN ('APPROVED', 'EXECUTING')) AS "inFlight",
           max(t."createdAt") FILTER (WHERE t."toState" IN ('EXECUTED', 'CANCELLED', 'REJECTED', 'FAILED')) AS "closedAt"
      FROM "WithdrawalRequest" r LEFT JOIN "WithdrawalTransition" t ON t."withdrawalId" = r.id
     WHERE r.provider = 'INVESTSUITE' AND r."portfolioRef" = ANY(${portfolioRefs}::text[])
     GROUP BY r."portfolioRef"`;
  const never = new Date(8.64e15);
  return new Map(rows.flatMap((r) => (r.inFlight ? [[r.portfolioRef, never]] : r.closedAt ? [[r.portfolioRef, r.closedAt]] : [])));
}

type OpenRequest = { id: string; state: WithdrawalState; isFull: boolean; amount: string | null; sourceTime: Date | null };

/** The open request of each portfolio, locked (in id order, so two batches never deadlock): portfolio → request. */
async function lockOpenRequests(tx: Tx, portfolioRefs: string[]): Promise<Map<string, OpenRequest>> {
  const rows = await tx.$queryRawUnsafe<(OpenRequest & { portfolioRef: string })[]>(
    `SELECT id, "portfolioRef", state::text AS state, "isFull", amount::text AS amount, "sourceTime"
       FROM "WithdrawalRequest"
      WHERE provider = 'INVESTSUITE' AND "portfolioRef" = ANY($1::text[]) AND state IN ('REQUESTED', 'CASH_AVAILABLE')
      ORDER BY id FOR UPDATE`,
    portfolioRefs,
  );
  return new Map(rows.map((r) => [r.portfolioRef, r]));
}

function asDivest(request: { isFull: boolean; amount: { toString(): string } | null }): DivestAmount {
  return request.isFull ? { kind: "full" } : parseDivestAmount(request.amount?.toString() ?? null);
}
