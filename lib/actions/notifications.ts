"use server";

import { actionClient } from "@/lib/actions/safe-action";
import { markAllNotificationsRead, markNotificationRead } from "@/lib/notifications/read-notifications";
import { markAllNotificationsSchema, notificationIdSchema } from "@/lib/validations/notifications";

// Everyone has a bell (home.read); whose notification it is, is checked in the domain function (owner in the WHERE).

export const markNotificationReadAction = actionClient
  .metadata({ name: "markNotificationRead", permission: "home.read" })
  .inputSchema(notificationIdSchema)
  .action(async ({ parsedInput, ctx }) => markNotificationRead(ctx.user, BigInt(parsedInput.notificationId)));

export const markAllNotificationsReadAction = actionClient
  .metadata({ name: "markAllNotificationsRead", permission: "home.read" })
  .inputSchema(markAllNotificationsSchema)
  .action(async ({ parsedInput, ctx }) => markAllNotificationsRead(ctx.user, BigInt(parsedInput.upToId)));
