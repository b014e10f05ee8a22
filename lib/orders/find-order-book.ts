import "server-only";

import Decimal from "decimal.js";

import type { OrderEntryState, OrderSide } from "@/generated/prisma/client";
import { getDb } from "@/lib/db";

/** Reads of our order-book projection: no provider call, however many customers hold orders. */

export type DepthLevel = { side: OrderSide; price: string; currency: string; count: number; confirmCount: number; total: string };

/** Open and confirm-state orders of one product, summed by side and price (best price first on each side). */
export async function findBookDepth(productId: string): Promise<DepthLevel[]> {
  const rows = await getDb().$queryRaw<
    { side: OrderSide; price: string; currency: string; count: bigint; confirm_count: bigint; total: string }[]
  >`
    SELECT side, price::text AS price, currency, count(*) AS count,
           count(*) FILTER (WHERE state = 'CONFIRM') AS confirm_count, sum(amount)::text AS total
      FROM "OrderBookEntry"
     WHERE "productId" = ${productId} AND state IN ('OPEN', 'CONFIRM')
     GROUP BY side, price, currency
     ORDER BY side, CASE WHEN side = 'BUY' THEN -price ELSE price END`;
  return rows.map((r) => ({
    side: r.side,
    price: new Decimal(r.price).toFixed(4),
    currency: r.currency,
    count: Number(r.count),
    confirmCount: Number(r.confirm_count),
    total: new Decimal(r.total).toFixed(2),
  }));
}

export type BookEntryView = {
  id: string;
  originalId: string;
  customerRef: string;
  accountRef: string;
  productId: string;
  side: OrderSide;
  orderType: string | null;
  state: OrderEntryState;
  currency: string;
  amount: string;
  principal: string | null;
  price: string;
  newPrice: string | null;
  providerCreatedAt: string;
  lastSeenAt: string;
};

type EntryRow = Awaited<ReturnType<ReturnType<typeof getDb>["orderBookEntry"]["findFirstOrThrow"]>>;

export function entryView(e: EntryRow): BookEntryView {
  return {
    id: e.id,
    originalId: e.originalId,
    customerRef: e.customerRef,
    accountRef: e.accountRef,
    productId: e.productId,
    side: e.side,
    orderType: e.orderType,
    state: e.state,
    currency: e.currency,
    amount: e.amount.toFixed(2),
    principal: e.principal?.toFixed(2) ?? null,
    price: e.price.toFixed(4),
    newPrice: e.newPrice?.toFixed(4) ?? null,
    providerCreatedAt: e.providerCreatedAt.toISOString(),
    lastSeenAt: e.lastSeenAt.toISOString(),
  };
}

/** The live orders of one product, one by one, oldest first (the order WiseAlpha matches them in). */
export async function findBookEntries(productId: string, side?: OrderSide): Promise<BookEntryView[]> {
  const rows = await getDb().orderBookEntry.findMany({
    where: { productId, state: { in: ["OPEN", "CONFIRM"] }, ...(side ? { side } : {}) },
    orderBy: [{ providerCreatedAt: "asc" }, { id: "asc" }],
    take: 1000,
  });
  return rows.map(entryView);
}

/** Live orders of a customer (all accounts), newest first. */
export async function findCustomerEntries(customerRef: string): Promise<BookEntryView[]> {
  const rows = await getDb().orderBookEntry.findMany({
    where: { customerRef, state: { in: ["OPEN", "CONFIRM"] } },
    orderBy: [{ providerCreatedAt: "desc" }, { id: "asc" }],
  });
  return rows.map(entryView);
}

/** Live order counts per product, for the products table. */
export async function countLiveOrdersByProduct(): Promise<Map<string, { buy: number; sell: number; confirm: number }>> {
  const rows = await getDb().orderBookEntry.groupBy({
    by: ["productId", "side", "state"],
    where: { state: { in: ["OPEN", "CONFIRM"] } },
    _count: { _all: true },
  });
  const out = new Map<string, { buy: number; sell: number; confirm: number }>();
  for (const r of rows) {
    const c = out.get(r.productId) ?? { buy: 0, sell: 0, confirm: 0 };
    if (r.side === "BUY") c.buy += r._count._all;
    else c.sell += r._count._all;
    if (r.state === "CONFIRM") c.confirm += r._count._all;
    out.set(r.productId, c);
  }
  return out;
}

export type BookFreshness = {
  /** The last complete reconciliation with WiseAlpha. */
  reconciledAt: string | null;
  /** A round that is running or failed since then. */
  runningSince: string | null;
  lastError: string | null;
  /** The newest order event applied. */
  lastEventAt: string | null;
};

export async function getBookFreshness(): Promise<BookFreshness> {
  const db = getDb();
  const [sync, event] = await Promise.all([
    db.orderBookSync.findUnique({ where: { provider: "WISEALPHA" } }),
    db.orderHistoryEntry.findFirst({ where: { eventId: { not: null } }, orderBy: { createdAt: "desc" }, select: { createdAt: true } }),
  ]);
  return {
    reconciledAt: sync?.succeededAt?.toISOString() ?? null,
    runningSince: sync && !sync.finishedAt ? sync.startedAt.toISOString() : null,
    lastError: sync?.finishedAt && sync.error ? sync.error : null,
    lastEventAt: event?.createdAt.toISOString() ?? null,
  };
}
