import "server-only";

import type { Prisma } from "@/generated/prisma/client";
import type { CurrentUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { pageWindow, paging } from "@/lib/db/paging";
import { entryView, type BookEntryView } from "@/lib/orders/find-order-book";
import { cancelEach, type CancelResult } from "@/lib/orders/order-actions";

export const ORDERS_TO_CONFIRM_PAGE_SIZE = 50;

/** Every customer's orders WiseAlpha suspended after a re-price: they wait for our confirm or cancel. */
export const ORDERS_TO_CONFIRM_WHERE: Prisma.OrderBookEntryWhereInput = { state: "CONFIRM" };

/** One page of orders to confirm, oldest re-price first, with the total (the home card calls the same). */
export async function findOrdersToConfirm(page = 1, pageSize = ORDERS_TO_CONFIRM_PAGE_SIZE) {
  const db = getDb();
  const [rows, total] = await Promise.all([
    db.orderBookEntry.findMany({
      where: ORDERS_TO_CONFIRM_WHERE,
      orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
      ...pageWindow(page, pageSize),
    }),
    db.orderBookEntry.count({ where: ORDERS_TO_CONFIRM_WHERE }),
  ]);
  const orders: (BookEntryView & { waitingSince: string })[] = rows.map((r) => ({
    ...entryView(r),
    waitingSince: r.updatedAt.toISOString(),
  }));
  return { orders, ...paging(total, page, pageSize) };
}

/** Placements whose answer from WiseAlpha was lost: someone must check at WiseAlpha before anything is resent. */
export const LOST_PLACEMENTS_WHERE: Prisma.OrderPlacementWhereInput = { state: "UNKNOWN" };

export async function findLostPlacements(page = 1, pageSize = ORDERS_TO_CONFIRM_PAGE_SIZE) {
  const db = getDb();
  const [rows, total] = await Promise.all([
    db.orderPlacement.findMany({
      where: LOST_PLACEMENTS_WHERE,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      ...pageWindow(page, pageSize),
    }),
    db.orderPlacement.count({ where: LOST_PLACEMENTS_WHERE }),
  ]);
  const placements = rows.map((p) => ({
    id: p.id,
    customerRef: p.customerRef,
    accountRef: p.accountRef,
    productId: p.productId,
    side: p.side,
    amount: p.amount.toFixed(2),
    currency: p.currency,
    sentAt: (p.sentAt ?? p.createdAt).toISOString(),
  }));
  return { placements, ...paging(total, page, pageSize) };
}

/** Bulk cancel across customers: one at a time, each with its own result (and audit entry, in cancelOrder). */
export async function cancelOrders(actor: CurrentUser, orderIds: string[]): Promise<CancelResult[]> {
  return cancelEach(actor, orderIds);
}
