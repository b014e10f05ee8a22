import { entryStateOf, LIVE_STATES, wiseAlphaOrderRef } from "@/lib/orders/projection";
import { isProviderError } from "@/lib/providers/errors";

import { OPEN_ORDERS_CHECK } from "../check-names";
import { forEachLimited } from "../concurrency";
import { wiseAlphaAccounts, wiseAlphaCustomers } from "../shared-reads";
import type { Finding, ReconciliationCheck } from "../types";

const CONCURRENCY = 4;

function skipMissing(error: unknown): null {
  if (isProviderError(error) && (error.code === "not_found" || error.status === 404 || error.status === 403)) return null;
  throw error;
}

type Live = { id: string; state: string; amount: string; price: string; customerId: string; accountId: string; side: "buy" | "sell" };

/**
 * WiseAlpha's open orders against our order book: every AML-passed customer's accounts
 * (only they can hold orders, as in the book sync), each side's open list read once. A live
 * row WiseAlpha no longer lists is read once by id for its final state (filled or cancelled
 * without an event); an open order missing from the book is reported as it is.
 */
export const wiseAlphaOpenOrders: ReconciliationCheck = {
  name: OPEN_ORDERS_CHECK,
  provider: "WISEALPHA",
  async run({ db, clients, shared }) {
    const wa = clients.wiseAlpha;
    const all = await wiseAlphaCustomers(shared, wa);
    let checked = all.length;
    const customers = all.filter((c) => c.validation.aml_check.passed).map((c) => c.customer_id);
    const live = new Map<string, Live>();
    await forEachLimited(customers, CONCURRENCY, async (customerId) => {
      const accounts = await wiseAlphaAccounts(shared, wa, customerId);
      for (const account of accounts)
        for (const side of ["buy", "sell"] as const) {
          checked += 1;
          for await (const o of wa.iterateOrders({ customerId, accountId: account.id }, side))
            live.set(o.id, { id: o.id, state: o.state, amount: o.amount, price: o.price, customerId, accountId: account.id, side });
        }
    });
    const book = await db.orderBookEntry.findMany({
      where: { provider: "WISEALPHA", state: { in: LIVE_STATES } },
      select: { id: true, state: true, amount: true, price: true, customerRef: true, accountRef: true, side: true },
    });
    const inBook = new Set(book.map((row) => row.id));
    const findings: Finding[] = [];
    for (const order of live.values()) {
      if (inBook.has(order.id)) continue;
      findings.push({
        objectType: "order",
        objectRef: order.id,
        kind: "missing_in_book",
        summary: `WiseAlpha lists the order ${order.state}; our book does not have it.`,
        ours: { state: null },
        theirs: { state: order.state, amount: order.amount, price: order.price, customer: order.customerId },
      });
    }
    for (const row of book) {
      const seen = live.get(row.id);
      if (seen && entryStateOf(seen.state) === row.state) continue;
      const ours = { state: row.state, amount: row.amount.toString(), price: row.price.toString(), customer: row.customerRef };
      if (seen) {
        findings.push({
          objectType: "order",
          objectRef: row.id,
          kind: "state_differs",
          summary: `Our book has the order ${row.state}; WiseAlpha shows it ${seen.state}.`,
          ours,
          theirs: { state: seen.state, amount: seen.amount, price: seen.price },
        });
        continue;
      }
      checked += 1;
      const order = await wa.getOrder(wiseAlphaOrderRef(row)).catch(skipMissing);
      const state = order ? entryStateOf(order.state) : "GONE";
      if (state === "OPEN" || state === "CONFIRM") continue; // moved accounts or listed late: the next run sees it
      findings.push({
        objectType: "order",
        objectRef: row.id,
        kind: "closed_at_provider",
        summary: `Our book has the order ${row.state}; WiseAlpha shows it ${order?.state ?? "not found"}.`,
        ours,
        theirs: { state: order?.state ?? null, amount: order?.amount ?? null, price: order?.price ?? null },
      });
    }
    return { objectsChecked: checked, findings };
  },
};
