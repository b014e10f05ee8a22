import Decimal from "decimal.js";

import type { OrderSide } from "@/generated/prisma/client";
import type { Db } from "@/lib/db/create-client";
import { isProviderError } from "@/lib/providers/errors";
import type { WiseAlphaClient } from "@/lib/providers/wisealpha/client";
import type { WiseAlphaOrder } from "@/lib/providers/wisealpha/transform";

import { OPEN_ORDERS_CHECK } from "@/lib/reconciliation/check-names";
import { recordCorrection } from "@/lib/reconciliation/drift-items";

import { applyProviderOrder, closeEntry, entryStateOf, LIVE_STATES, recordHistory, wiseAlphaOrderRef } from "./projection";

export type OrderBookReconcileResult = {
  /** Customers who could hold orders (AML passed); the others are not read. */
  customers: number;
  accounts: number;
  orders: number;
  created: number;
  closed: number;
  durationMs: number;
};

/** Accounts read at once: a background round must not crowd out the requests people wait for. */
const CONCURRENCY = 2;
/** Orders written per transaction. */
const WRITE_BATCH = 20;

/** A busy database must not abort a round half-way; the batches stay small so locks are short. */
const TX_OPTIONS = { maxWait: 10_000, timeout: 30_000 };

type SeenOrder = { order: WiseAlphaOrder; side: OrderSide; customerRef: string; accountRef: string; newPrice: string | null };
type BookRow = { state: string; amount: string; price: string; principal: string | null; newPrice: string | null };
const correctionKey = { check: OPEN_ORDERS_CHECK, provider: "WISEALPHA" };

/** The orders whose row is missing or differs from what WiseAlpha shows now, with the row we held. */
async function changedOrders(db: Db, seen: SeenOrder[]): Promise<(SeenOrder & { row: BookRow | undefined })[]> {
  const rows = new Map<string, BookRow>();
  for (let i = 0; i < seen.length; i += 1_000) {
    const found = await db.orderBookEntry.findMany({
      where: { id: { in: seen.slice(i, i + 1_000).map((s) => s.order.id) } },
      select: { id: true, state: true, amount: true, price: true, principal: true, newPrice: true },
    });
    for (const r of found)
      rows.set(r.id, {
        state: r.state,
        amount: r.amount.toString(),
        price: r.price.toString(),
        principal: r.principal?.toString() ?? null,
        newPrice: r.newPrice?.toString() ?? null,
      });
  }
  const same = (a: string | null | undefined, b: string | null) =>
    (a ?? null) === null ? b === null : b !== null && new Decimal(a!).equals(b);
  return seen
    .map((s) => ({ ...s, row: rows.get(s.order.id) }))
    .filter(({ order, newPrice, row }) => {
      if (!row) return true;
      return !(
        row.state === entryStateOf(order.state) &&
        same(order.amount, row.amount) &&
        same(order.price, row.price) &&
        same(order.principal, row.principal) &&
        (row.state !== "CONFIRM" || row.newPrice !== null || newPrice === null)
      );
    });
}

/**
 * Catches the book up with WiseAlpha: every managed customer's investment accounts,
 * their live buy and sell orders (new ids, states, amounts, prices), then each row we
 * still hold as live that WiseAlpha no longer lists is read by id (WiseAlpha keeps every
 * id readable) and closed with WiseAlpha's final state. Partial fills raise no event
 * (seed), so this is how a remainder's new id reaches the book. The sync row is the
 * "as of" the pages show.
 */
export async function reconcileWiseAlphaOrderBook(
  db: Db,
  wiseAlpha: WiseAlphaClient,
  now = () => new Date(),
): Promise<OrderBookReconcileResult> {
  const startedAt = now();
  const result: OrderBookReconcileResult = { customers: 0, accounts: 0, orders: 0, created: 0, closed: 0, durationMs: 0 };
  await db.orderBookSync.upsert({
    where: { provider: "WISEALPHA" },
    create: { provider: "WISEALPHA", startedAt },
    update: { startedAt, finishedAt: null },
  });
  try {
    const prices = new Map<string, { buy: string; sell: string }>();
    for await (const p of wiseAlpha.iterateProducts()) prices.set(p.product_id, { buy: p.buy_price, sell: p.sell_price });

    const customerIds: string[] = [];
    // Only customers who ever passed AML can have orders: buying needs can_invest, which needs
    // a passed AML check, and selling needs holdings bought that way. A passed check does not
    // revert, so skipping the others loses nothing and saves most of the per-account reads.
    for await (const c of wiseAlpha.iterateCustomers()) if (c.validation.aml_check.passed) customerIds.push(c.customer_id);
    result.customers = customerIds.length;

    // Reads first, concurrently; then the writes, one short transaction at a time, and only
    // for orders that changed: the database (embedded PGlite by default) serves the web too.
    const seen: SeenOrder[] = [];
    await pool(customerIds, CONCURRENCY, async (customerId) => {
      const accounts = await wiseAlpha.listInvestmentAccounts(customerId).catch(skipMissing);
      for (const account of accounts ?? []) {
        result.accounts += 1;
        const ref = { customerId, accountId: account.id };
        for (const side of ["buy", "sell"] as const)
          for await (const order of wiseAlpha.iterateOrders(ref, side)) {
            const price = prices.get(order.product_id);
            const newPrice = order.state === "confirm" && price ? (side === "buy" ? price.buy : price.sell) : null;
            seen.push({ order, side: side === "buy" ? "BUY" : "SELL", customerRef: customerId, accountRef: account.id, newPrice });
          }
      }
    });
    result.orders = seen.length;
    const seenAt = now();
    const changed = await changedOrders(db, seen);
    for (let i = 0; i < changed.length; i += WRITE_BATCH) {
      await db.$transaction(async (tx) => {
        for (const live of changed.slice(i, i + WRITE_BATCH)) {
          const outcome = await applyProviderOrder(tx, { ...live, seenAt });
          if (outcome === "created") result.created += 1;
          // A live row that differed (a missed price change or confirm): corrected, and said so.
          // New ids are the normal way a remainder reaches the book (partial fills raise no event).
          if (outcome === "updated" && live.row && live.row.state !== entryStateOf(live.order.state))
            await recordCorrection(tx, correctionKey, {
              objectType: "order",
              objectRef: live.order.id,
              kind: "state_differs",
              summary: `Our book had the order ${live.row.state}; WiseAlpha shows it ${live.order.state}.`,
              ours: { state: live.row.state, amount: live.row.amount, price: live.row.price },
              theirs: { state: live.order.state, amount: live.order.amount, price: live.order.price },
              correction: "The worker's order book sync updated our row.",
            });
        }
      }, TX_OPTIONS);
    }
    for (let i = 0; i < seen.length; i += 1_000)
      await db.orderBookEntry.updateMany({
        where: { id: { in: seen.slice(i, i + 1_000).map((s) => s.order.id) }, state: { in: LIVE_STATES } },
        data: { lastSeenAt: seenAt },
      });

    result.closed = await closeVanished(db, wiseAlpha, startedAt, now);
    result.durationMs = now().getTime() - startedAt.getTime();
    const finishedAt = now();
    await db.orderBookSync.update({
      where: { provider: "WISEALPHA" },
      data: { finishedAt, succeededAt: finishedAt, accounts: result.accounts, orders: result.orders, error: null },
    });
    return result;
  } catch (error) {
    const message = isProviderError(error) ? error.userMessage : error instanceof Error ? error.message : String(error);
    await db.orderBookSync.update({ where: { provider: "WISEALPHA" }, data: { finishedAt: now(), error: message.slice(0, 500) } });
    throw error;
  }
}

/** Live rows this round did not see (and nothing touched since it began): WiseAlpha's own word on each. */
async function closeVanished(db: Db, wiseAlpha: WiseAlphaClient, startedAt: Date, now: () => Date) {
  const vanished = await db.orderBookEntry.findMany({
    where: { provider: "WISEALPHA", state: { in: LIVE_STATES }, lastSeenAt: { lt: startedAt }, updatedAt: { lt: startedAt } },
  });
  let closed = 0;
  for (const row of vanished) {
    const order = await wiseAlpha.getOrder(wiseAlphaOrderRef(row)).catch(skipMissing);
    const state = order ? entryStateOf(order.state) : "GONE";
    // Still live at WiseAlpha after all (it moved accounts or was listed late): the next round sees it.
    if (state === "OPEN" || state === "CONFIRM") continue;
    const at = now();
    await db.$transaction(async (tx) => {
      if (!(await closeEntry(tx, row.id, state, at))) return;
      closed += 1;
      if (state !== "REPLACED")
        await recordCorrection(tx, correctionKey, {
          objectType: "order",
          objectRef: row.id,
          kind: "closed_without_event",
          summary: `Our book had the order ${row.state}; WiseAlpha shows it ${order?.state ?? "not found"} and sent no event.`,
          ours: { state: row.state, amount: row.amount.toString(), price: row.price.toString() },
          theirs: { state: order?.state ?? null, amount: order?.amount ?? null, price: order?.price ?? null },
          correction: `The worker's order book sync closed our row as ${state}.`,
        });
      // Filled and cancelled have their events; these two have none, so the history says it here.
      if (state === "REPLACED" || state === "GONE")
        await recordHistory(tx, {
          originalId: row.originalId,
          orderId: row.id,
          kind: state === "GONE" ? "gone" : "partly_filled",
          occurredAt: at,
          details: { via: "reconciliation", provider_state: order?.state ?? "not found" },
        });
    });
  }
  return closed;
}

function skipMissing(error: unknown): null {
  if (isProviderError(error) && (error.code === "not_found" || error.status === 404 || error.status === 403)) return null;
  throw error;
}

async function pool<T>(items: T[], size: number, run: (item: T) => Promise<void>) {
  let next = 0;
  const workers = Array.from({ length: Math.min(size, items.length) }, async () => {
    while (next < items.length) await run(items[next++]!);
  });
  await Promise.all(workers);
}
