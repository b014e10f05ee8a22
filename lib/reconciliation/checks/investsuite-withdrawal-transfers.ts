import Decimal from "decimal.js";

import { isProviderError } from "@/lib/providers/errors";

import { WITHDRAWAL_TRANSFERS_CHECK } from "../check-names";
import { forEachLimited } from "../concurrency";
import type { DriftSide, Finding, ReconciliationCheck } from "../types";

/** Their clock and ours differ; a transfer stamped a little before our request was made may still be its. */
const CLOCK_ALLOWANCE_MS = 60_000;

type Row = {
  id: string;
  state: string;
  portfolioRef: string;
  currency: string;
  payout: Decimal;
  createdAt: Date;
  executedAt: Date | null;
};
type Transfer = { id: string; amount: Decimal; currency: string; at: number; created: string };

/**
 * Executed withdrawals: exactly one cash transfer each. Our payout posts one withdraw event
 * per request (its own Idempotency-Key makes a retry a replay), and InvestSuite records a
 * CASH_WITHDRAWAL transfer for it; none means InvestSuite never learnt of the payout, two
 * means the payout was reported twice (another key, another process). InvestSuite's transfers
 * carry no reference of ours, so each request takes the first unclaimed transfer of its
 * amount and currency made after the request was, oldest request first; any further such
 * transfer is a second one. One paged read per portfolio we paid out of in the window (the
 * cash figures of the same payouts are the executed-withdrawals check's). A request still
 * EXECUTING claims its transfer without being judged.
 */
export const investSuiteWithdrawalTransfers: ReconciliationCheck = {
  name: WITHDRAWAL_TRANSFERS_CHECK,
  provider: "INVESTSUITE",
  async run({ db, clients, now, settings }) {
    const since = new Date(now().getTime() - settings.eventGapWindowMs);
    const rows = await db.withdrawalRequest.findMany({
      where: {
        provider: "INVESTSUITE",
        portfolioRef: { not: null },
        payoutAmount: { not: null },
        OR: [{ state: "EXECUTED", executedAt: { gte: since } }, { state: "EXECUTING" }],
      },
      orderBy: { createdAt: "asc" },
      select: { id: true, state: true, portfolioRef: true, currency: true, payoutAmount: true, createdAt: true, executedAt: true },
    });
    const byPortfolio = new Map<string, Row[]>();
    for (const r of rows) {
      const row: Row = {
        ...r,
        portfolioRef: r.portfolioRef!,
        currency: r.currency.toUpperCase(),
        payout: new Decimal(r.payoutAmount!.toString()),
      };
      byPortfolio.set(row.portfolioRef, [...(byPortfolio.get(row.portfolioRef) ?? []), row]);
    }
    const judged = [...byPortfolio.entries()].filter(([, list]) => list.some((r) => r.state === "EXECUTED"));
    const findings: Finding[] = [];
    let checked = 0;
    await forEachLimited(judged, 4, async ([portfolioId, list]) => {
      const transfers = await withdrawalTransfers(clients.investSuite, portfolioId);
      // Checked either way: a portfolio that is gone was asked for too (the executed-withdrawals check reports it).
      checked += list.filter((r) => r.state === "EXECUTED").length;
      if (transfers === null) return;
      findings.push(...compare(list, transfers));
    });
    return { objectsChecked: checked, findings };
  },
};

async function withdrawalTransfers(
  investSuite: Parameters<ReconciliationCheck["run"]>[0]["clients"]["investSuite"],
  portfolioId: string,
): Promise<Transfer[] | null> {
  const transfers: Transfer[] = [];
  try {
    // A payout is a transaction with a settled-or-pending cash withdrawal movement of `$CCY` (provider-apis.md §1.8).
    for await (const t of investSuite.iterateTransactions(portfolioId))
      for (const m of t.movements)
        if (m.type === "CASH_WITHDRAWAL" && m.instrument_id.startsWith("$") && !["CANCELLED", "NOT_EXECUTED", "EXPIRED"].includes(m.status))
          transfers.push({
            id: t.id,
            amount: new Decimal(m.quantity).abs(),
            currency: m.instrument_id.slice(1).toUpperCase(),
            at: Date.parse(t.creation_datetime ?? m.datetime),
            created: t.creation_datetime ?? m.datetime,
          });
  } catch (error) {
    if (isProviderError(error) && error.code === "not_found") return null;
    throw error;
  }
  return transfers;
}

const fits = (row: Row, t: Transfer) =>
  t.currency === row.currency && t.amount.equals(row.payout) && t.at >= row.createdAt.getTime() - CLOCK_ALLOWANCE_MS;

/** Oldest request first takes its transfer; what is left over and fits a request is a second transfer for the latest it fits. */
function compare(rows: Row[], transfers: Transfer[]): Finding[] {
  const claimed = new Map<string, Transfer>();
  const taken = new Set<string>();
  for (const row of rows) {
    const match = transfers.find((t) => !taken.has(t.id) && fits(row, t));
    if (match) {
      taken.add(match.id);
      claimed.set(row.id, match);
    }
  }
  const extra = new Map<string, Transfer[]>();
  for (const t of transfers) {
    if (taken.has(t.id)) continue;
    const owner = [...rows].reverse().find((row) => fits(row, t));
    if (owner) extra.set(owner.id, [...(extra.get(owner.id) ?? []), t]);
  }
  const findings: Finding[] = [];
  for (const row of rows) {
    if (row.state !== "EXECUTED") continue;
    const ours: DriftSide = {
      portfolio: row.portfolioRef,
      amount: row.payout.toFixed(),
      currency: row.currency,
      executed_at: row.executedAt?.toISOString() ?? null,
    };
    const mine = claimed.get(row.id);
    const more = extra.get(row.id) ?? [];
    if (!mine) {
      findings.push({
        objectType: "withdrawal",
        objectRef: row.id,
        kind: "cash_transfer_missing",
        summary: `We paid out ${row.payout.toFixed()} ${row.currency}; InvestSuite has no cash withdrawal transfer for it.`,
        ours,
        theirs: { transfers: 0 },
      });
    } else if (more.length > 0) {
      findings.push({
        objectType: "withdrawal",
        objectRef: row.id,
        kind: "cash_transfer_duplicated",
        summary: `We paid out ${row.payout.toFixed()} ${row.currency} once; InvestSuite has ${more.length + 1} cash withdrawal transfers for it.`,
        ours,
        theirs: { transfers: more.length + 1, transfer: mine.id, also: more.map((t) => t.id).join(", ") },
      });
    }
  }
  return findings;
}
