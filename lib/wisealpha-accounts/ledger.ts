import "server-only";

import Decimal from "decimal.js";

import { getWiseAlphaClient } from "@/lib/providers/server-clients";

export type LedgerRow = {
  reference: string;
  created: string;
  type: string;
  description: string;
  currency: string;
  amount: string;
  balance: string;
};
export type LedgerFilters = {
  currency?: string | null;
  type?: string | null;
  direction?: "in" | "out" | null;
  from?: string | null;
  to?: string | null;
};

/**
 * An account's cash ledger: WiseAlpha's transactions per currency (it has no filters and no
 * single-transaction read), read in full and filtered here, newest first. An account holds a few
 * hundred rows at most, so one read per view is fine.
 */
export async function findLedgerRows(ref: { customerId: string; accountId: string }, currencies: string[], filters: LedgerFilters) {
  const client = getWiseAlphaClient();
  const wanted = filters.currency ? currencies.filter((c) => c === filters.currency!.toUpperCase()) : currencies;
  const rows: LedgerRow[] = [];
  for (const currency of wanted)
    for await (const t of client.iterateTransactions({ ...ref, currency }))
      rows.push({
        reference: t.reference,
        created: t.created,
        type: t.type,
        description: t.description,
        currency: t.currency,
        amount: t.amount,
        balance: t.balance,
      });
  const type = filters.type?.trim().toLowerCase();
  const from = filters.from ? Date.parse(filters.from) : null;
  const to = filters.to ? Date.parse(filters.to) : null;
  return rows
    .filter((r) => !type || r.type.toLowerCase().includes(type) || r.description.toLowerCase().includes(type))
    .filter(
      (r) => !filters.direction || (filters.direction === "in" ? new Decimal(r.amount).isPositive() : new Decimal(r.amount).isNegative()),
    )
    .filter(
      (r) =>
        (from === null || Number.isNaN(from) || Date.parse(r.created) >= from) &&
        (to === null || Number.isNaN(to) || Date.parse(r.created) <= to),
    )
    .sort((a, b) => b.created.localeCompare(a.created) || b.reference.localeCompare(a.reference));
}

export const LEDGER_CSV_COLUMNS = ["created", "reference", "type", "description", "currency", "amount", "balance"] as const;
export const ledgerCsvLine = (r: LedgerRow) => [r.created, r.reference, r.type, r.description, r.currency, r.amount, r.balance];
