import type { Db } from "@/lib/db/create-client";
import { insertRows } from "@/lib/db/insert-rows";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export const NOTIFICATION_KINDS = [
  "withdrawal.approved",
  "withdrawal.rejected",
  "withdrawal.executed",
  "withdrawal.failed",
  "case.provider_activity",
  "order.needs_confirmation",
  "order.filled",
  "events.bulk_replay_finished",
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export type NewNotification = {
  userId: string;
  kind: NotificationKind;
  title: string;
  body?: string | null;
  href?: string | null;
  targetType?: string | null;
  targetId?: string | null;
  /** Set where the cause may run twice (an event replay): the second write is skipped. */
  dedupeKey?: string | null;
};

/**
 * Writes a notification in the caller's transaction, so it exists exactly when the change
 * that causes it committed (never for a rolled-back change, never lost after a commit).
 */
export async function notify(tx: Tx, n: NewNotification): Promise<void> {
  await notifyMany(tx, [n]);
}

/** Many notifications in one statement (the event batch's set-based handlers); same rules as notify. */
export async function notifyMany(tx: Tx, notifications: NewNotification[]): Promise<void> {
  const createdAt = new Date();
  await insertRows(
    tx,
    "Notification",
    {
      userId: "text",
      kind: "text",
      title: "text",
      body: "text",
      href: "text",
      targetType: "text",
      targetId: "text",
      dedupeKey: "text",
      createdAt: "timestamp(3)",
    },
    notifications.map((n) => ({ ...n, createdAt })),
    { onConflictDoNothing: true },
  );
}
