import Decimal from "decimal.js";

import type { Db } from "@/lib/db/create-client";

import { WISEALPHA_WITHDRAWALS_CHECK } from "../check-names";
import { forEachLimited } from "../concurrency";
import {
  needsTransactions,
  wiseAlphaAccounts,
  wiseAlphaBalanceList,
  wiseAlphaCustomers,
  wiseAlphaTransactions,
  type WiseAlphaCashTransaction,
} from "../shared-reads";
import type { DriftSide, Finding, ReconciliationCheck } from "../types";

const CONCURRENCY = 4;
/** As in execute-wisealpha.ts: their clock and ours differ, and WiseAlpha stamps whole seconds. */
const CLOCK_ALLOWANCE_MS = 60_000;

type Ours = {
  id: string;
  state: string;
  customerRef: string | null;
  accountRef: string | null;
  currency: string;
  amount: Decimal;
  providerReference: string | null;
  payoutSentAt: Date | null;
  executedAt: Date | null;
  createdAt: Date;
};

const isWithdrawal = (t: WiseAlphaCashTransaction) => /withdraw/i.test(t.type);
const groupKey = (accountId: string, currency: string) => `${accountId}/${currency.toUpperCase()}`;

/**
 * Withdrawals we sent (our executed WiseAlpha requests) against WiseAlpha's Withdrawal
 * transactions, both ways: ours missing at WiseAlpha, the amount differing, and a
 * Withdrawal transaction inside the window that none of our requests sent. A request is
 * matched by the transaction reference its payout pinned, else (the look-up after the
 * payout failed) as execute-wisealpha.ts matches it: same amount, at or after it was sent.
 * A request still EXECUTING claims its transaction without being judged (its payout is
 * under way). Every customer's accounts are read, so a withdrawal on an account we never
 * paid from is found too (a customer not passed AML only when a balance is not zero: such
 * accounts were never funded); the reads are shared with the balances check (shared-reads.ts).
 */
export const wiseAlphaWithdrawals: ReconciliationCheck = {
  name: WISEALPHA_WITHDRAWALS_CHECK,
  provider: "WISEALPHA",
  async run({ db, clients, shared, now, settings }) {
    const wa = clients.wiseAlpha;
    const since = new Date(now().getTime() - settings.eventGapWindowMs);
    const ours = await ourWithdrawals(db, since);

    // What to read: every customer's accounts, plus any account our requests name that the list no longer shows.
    const customers = await wiseAlphaCustomers(shared, wa);
    let checked = customers.length + ours.length;
    const groups = new Map<string, { customerId: string; accountId: string; currency: string }>();
    await forEachLimited(customers, CONCURRENCY, async (customer) => {
      const customerId = customer.customer_id;
      for (const account of await wiseAlphaAccounts(shared, wa, customerId)) {
        // A customer not passed AML was never funded: only a balance that is not zero is worth its transactions.
        let balances: Map<string, string> | null = null;
        if (!customer.validation.aml_check.passed) {
          checked += 1;
          const stated = await wiseAlphaBalanceList(shared, wa, { customerId, accountId: account.id });
          balances = new Map((stated ?? []).map((b) => [b.currency.toUpperCase(), b.amount]));
        }
        for (const currency of account.currencies)
          if (!balances || needsTransactions(customer, balances.get(currency.toUpperCase())))
            groups.set(groupKey(account.id, currency), { customerId, accountId: account.id, currency: currency.toUpperCase() });
      }
    });
    for (const w of ours)
      if (w.customerRef && w.accountRef && !groups.has(groupKey(w.accountRef, w.currency)))
        groups.set(groupKey(w.accountRef, w.currency), {
          customerId: w.customerRef,
          accountId: w.accountRef,
          currency: w.currency.toUpperCase(),
        });

    const theirs = new Map<string, WiseAlphaCashTransaction[]>();
    await forEachLimited([...groups.entries()], CONCURRENCY, async ([key, ref]) => {
      checked += 1;
      theirs.set(key, (await wiseAlphaTransactions(shared, wa, ref)).filter(isWithdrawal));
    });

    const findings: Finding[] = [];
    const claimed = new Set<string>();
    const byGroup = new Map<string, Ours[]>();
    for (const w of ours) {
      const key = groupKey(w.accountRef ?? "", w.currency);
      byGroup.set(key, [...(byGroup.get(key) ?? []), w]);
    }
    for (const [key, rows] of byGroup) {
      const transactions = theirs.get(key) ?? [];
      // Pinned references first, so an unpinned request can never take another's transaction.
      const ordered = [...rows].sort((a, b) => Number(b.providerReference !== null) - Number(a.providerReference !== null));
      for (const w of ordered) {
        const match = w.providerReference
          ? transactions.find((t) => t.reference === w.providerReference)
          : transactions.find((t) => !claimed.has(t.reference) && sentAfter(t, w) && amountOf(t).equals(w.amount));
        if (match) claimed.add(match.reference);
        if (w.state !== "EXECUTED") continue;
        if (!match) {
          findings.push({
            objectType: "withdrawal",
            objectRef: w.id,
            kind: "withdrawal_missing_at_provider",
            summary: `We paid out ${w.amount.toFixed(2)} ${w.currency}; WiseAlpha shows no Withdrawal transaction for it.`,
            ours: oursSide(w),
            theirs: null,
          });
        } else if (!amountOf(match).equals(w.amount)) {
          findings.push({
            objectType: "withdrawal",
            objectRef: w.id,
            kind: "withdrawal_amount_differs",
            summary: `We paid out ${w.amount.toFixed(2)} ${w.currency}; WiseAlpha's transaction ${match.reference} withdrew ${amountOf(match).toFixed(2)}.`,
            ours: oursSide(w),
            theirs: theirSide(match),
          });
        }
      }
    }

    // Withdrawal transactions in the window that none of the requests above claimed: an older request of ours may still own one.
    const unclaimed = [...theirs.entries()].flatMap(([key, list]) =>
      list.filter((t) => !claimed.has(t.reference) && Date.parse(t.created) >= since.getTime()).map((t) => ({ key, t })),
    );
    const older = unclaimed.length
      ? await db.withdrawalRequest.findMany({
          where: { provider: "WISEALPHA", providerReference: { in: unclaimed.map((u) => u.t.reference) } },
          select: { providerReference: true },
        })
      : [];
    const ownedEarlier = new Set(older.map((o) => o.providerReference));
    for (const { key, t } of unclaimed) {
      if (ownedEarlier.has(t.reference)) continue;
      const ref = groups.get(key)!;
      findings.push({
        objectType: "transaction",
        objectRef: t.reference,
        kind: "withdrawal_not_sent_by_us",
        summary: `WiseAlpha shows a withdrawal of ${amountOf(t).toFixed(2)} ${ref.currency} from account ${ref.accountId}; none of our requests sent it.`,
        ours: { request: null },
        theirs: { ...theirSide(t), customer: ref.customerId, account: ref.accountId },
      });
    }
    return { objectsChecked: checked, findings };
  },
};

/** Our executed requests in the window, and those whose payout is under way (they claim their transaction). */
async function ourWithdrawals(db: Db, since: Date): Promise<Ours[]> {
  const rows = await db.withdrawalRequest.findMany({
    where: {
      provider: "WISEALPHA",
      OR: [
        { state: "EXECUTED", executedAt: { gte: since } },
        { state: "EXECUTING", payoutSentAt: { not: null } },
      ],
    },
    select: {
      id: true,
      state: true,
      customerRef: true,
      accountRef: true,
      currency: true,
      amount: true,
      payoutAmount: true,
      providerReference: true,
      payoutSentAt: true,
      executedAt: true,
      createdAt: true,
    },
    orderBy: { createdAt: "asc" },
  });
  return rows.flatMap((r) => {
    const amount = r.payoutAmount ?? r.amount;
    return amount === null ? [] : [{ ...r, currency: r.currency.toUpperCase(), amount: new Decimal(amount.toString()) }];
  });
}

const amountOf = (t: WiseAlphaCashTransaction) => new Decimal(t.amount).abs();

function sentAfter(t: WiseAlphaCashTransaction, w: Ours) {
  const sent = (w.payoutSentAt ?? w.createdAt).getTime() - CLOCK_ALLOWANCE_MS;
  return Date.parse(t.created) >= sent;
}

function oursSide(w: Ours): DriftSide {
  return {
    customer: w.customerRef,
    account: w.accountRef,
    amount: w.amount.toFixed(),
    currency: w.currency,
    transaction: w.providerReference,
    executed_at: w.executedAt?.toISOString() ?? null,
  };
}

function theirSide(t: WiseAlphaCashTransaction): DriftSide {
  return { transaction: t.reference, amount: amountOf(t).toFixed(), created: t.created, type: t.type };
}
