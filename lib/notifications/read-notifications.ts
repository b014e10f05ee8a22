import "server-only";

import type { Notification } from "@/generated/prisma/client";
import type { CurrentUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";

export const BELL_ITEMS = 20;

/** One bell item: plain strings only, safe to hand to the client component (no bigint, no Date). */
function notificationView(n: Notification) {
  return {
    id: n.id.toString(),
    kind: n.kind,
    title: n.title,
    body: n.body,
    href: n.href,
    createdAt: n.createdAt.toISOString(),
    read: n.readAt !== null,
  };
}

/** The bell item's type follows from the one mapping above, so the two cannot drift apart. */
export type NotificationView = ReturnType<typeof notificationView>;

/** The bell: my unread count and my newest notifications. Only ever the signed-in person's own rows. */
export async function findMyNotifications(user: Pick<CurrentUser, "id">, take = BELL_ITEMS) {
  const db = getDb();
  const [unread, rows] = await Promise.all([
    db.notification.count({ where: { userId: user.id, readAt: null } }),
    db.notification.findMany({ where: { userId: user.id }, orderBy: { id: "desc" }, take }),
  ]);
  return { unread, items: rows.map(notificationView) };
}

/**
 * Marks one of MY notifications read. The owner is part of the WHERE, so another person's id
 * changes nothing and is answered like a missing one (no hint that it exists).
 */
export async function markNotificationRead(user: Pick<CurrentUser, "id">, notificationId: bigint) {
  const { count } = await getDb().notification.updateMany({
    where: { id: notificationId, userId: user.id, readAt: null },
    data: { readAt: new Date() },
  });
  if (count === 0) {
    const mine = await getDb().notification.count({ where: { id: notificationId, userId: user.id } });
    if (mine === 0) throw new AppError("NOT_FOUND", "That notification does not exist.");
  }
  return { ok: true };
}

/** Marks all of MY unread notifications read; nobody else's are touched. */
export async function markAllNotificationsRead(user: Pick<CurrentUser, "id">, upToId: bigint) {
  const { count } = await getDb().notification.updateMany({
    where: { userId: user.id, readAt: null, id: { lte: upToId } },
    data: { readAt: new Date() },
  });
  return { marked: count };
}
