import "server-only";

import type { CurrentUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";

export const BELL_ITEMS = 20;

export type NotificationView = {
  id: string;
  kind: string;
  title: string;
  body: string | null;
  href: string | null;
  createdAt: string;
  read: boolean;
};

/** The bell: my unread count and my newest notifications. Only ever the signed-in person's own rows. */
export async function findMyNotifications(user: Pick<CurrentUser, "id">, take = BELL_ITEMS) {
  const db = getDb();
  const [unread, rows] = await Promise.all([
    db.notification.count({ where: { userId: user.id, readAt: null } }),
    db.notification.findMany({ where: { userId: user.id }, orderBy: { id: "desc" }, take }),
  ]);
  const items: NotificationView[] = rows.map((n) => ({
    id: n.id.toString(),
    kind: n.kind,
    title: n.title,
    body: n.body,
    href: n.href,
    createdAt: n.createdAt.toISOString(),
    read: n.readAt !== null,
  }));
  return { unread, items };
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
