"use server";

import { areaAction } from "@/lib/actions/safe-action";
import { markAllNotificationsRead, markNotificationRead } from "@/lib/notifications/read-notifications";
import { markAllNotificationsSchema, notificationIdSchema } from "@/lib/validations/notifications";

// Everyone has a bell (home.read); whose notification it is, is checked in the domain function (owner in the WHERE).
const bell = areaAction("home.read");

export const markNotificationReadAction = bell("markNotificationRead", notificationIdSchema, (input, { user }) =>
  markNotificationRead(user, BigInt(input.notificationId)),
);
export const markAllNotificationsReadAction = bell("markAllNotificationsRead", markAllNotificationsSchema, (input, { user }) =>
  markAllNotificationsRead(user, BigInt(input.upToId)),
);
