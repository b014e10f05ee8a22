import Decimal from "decimal.js";

import { isProviderError } from "@/lib/providers/errors";
import type { WiseAlphaClient } from "@/lib/providers/wisealpha/client";

/**
 * Reads a run's checks share: the first check to need a list reads it (and its calls count
 * for that check), later checks in the same run take it from here. Several WiseAlpha checks
 * walk the same customers, accounts and transactions; reading them once keeps a full run
 * at one call per object. A run lasts seconds, so a list read a moment earlier is as good
 * as a fresh one; a failed read is forgotten, so the next check tries again.
 */
export type SharedReads = {
  once<T>(key: string, read: () => Promise<T>): Promise<T>;
};

export function createSharedReads(): SharedReads {
  const memo = new Map<string, Promise<unknown>>();
  return {
    once<T>(key: string, read: () => Promise<T>) {
      const known = memo.get(key);
      if (known) return known as Promise<T>;
      const pending = read();
      memo.set(key, pending);
      pending.catch(() => memo.delete(key));
      return pending;
    },
  };
}

type WiseAlphaCustomer = Awaited<ReturnType<WiseAlphaClient["listCustomers"]>>["results"][number];
export type WiseAlphaAccount = Awaited<ReturnType<WiseAlphaClient["listInvestmentAccounts"]>>[number];
export type WiseAlphaCashTransaction = Awaited<ReturnType<WiseAlphaClient["listTransactions"]>>["results"][number];

/** A customer WiseAlpha no longer shows us (gone, or no longer ours to read) has nothing to compare. */
export function skipMissing(error: unknown): null {
  if (isProviderError(error) && (error.code === "not_found" || error.status === 404 || error.status === 403)) return null;
  throw error;
}

/** Every WiseAlpha customer, one paged read per run. */
export function wiseAlphaCustomers(reads: SharedReads, wa: WiseAlphaClient): Promise<WiseAlphaCustomer[]> {
  return reads.once("wisealpha.customers", async () => {
    const all: WiseAlphaCustomer[] = [];
    for await (const c of wa.iterateCustomers()) all.push(c);
    return all;
  });
}

/** A customer's investment accounts (none when WiseAlpha no longer shows the customer). */
export function wiseAlphaAccounts(reads: SharedReads, wa: WiseAlphaClient, customerId: string): Promise<WiseAlphaAccount[]> {
  return reads.once(`wisealpha.accounts:${customerId}`, async () => (await wa.listInvestmentAccounts(customerId).catch(skipMissing)) ?? []);
}

/** One account's cash transactions in one currency, oldest first (empty when the account is gone). */
export function wiseAlphaTransactions(
  reads: SharedReads,
  wa: WiseAlphaClient,
  ref: { customerId: string; accountId: string; currency: string },
): Promise<WiseAlphaCashTransaction[]> {
  const currency = ref.currency.toUpperCase();
  return reads.once(`wisealpha.transactions:${ref.customerId}:${ref.accountId}:${currency}`, async () => {
    const all: WiseAlphaCashTransaction[] = [];
    try {
      for await (const t of wa.iterateTransactions({ ...ref, currency })) all.push(t);
    } catch (error) {
      skipMissing(error);
    }
    return all;
  });
}

export type WiseAlphaStatedBalance = Awaited<ReturnType<WiseAlphaClient["getBalances"]>>[number];

/** One account's balances, every currency in one read (null when the account is gone). */
export function wiseAlphaBalanceList(
  reads: SharedReads,
  wa: WiseAlphaClient,
  ref: { customerId: string; accountId: string },
): Promise<WiseAlphaStatedBalance[] | null> {
  return reads.once(`wisealpha.balances:${ref.customerId}:${ref.accountId}`, () => wa.getBalances(ref).catch(skipMissing));
}

/**
 * Whether a ledger check must read this balance's transactions. WiseAlpha takes deposits only
 * once a customer has passed AML (fund is refused until onboarding is complete), so for the
 * others (a third of the default data) a zero balance is enough: their accounts were never
 * funded, and money arriving behind our back shows as a balance that is not zero.
 */
export function needsTransactions(customer: { validation: { aml_check: { passed: boolean } } }, balance: string | undefined) {
  return customer.validation.aml_check.passed || (balance !== undefined && !new Decimal(balance).isZero());
}
