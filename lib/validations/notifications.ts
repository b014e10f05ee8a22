import { z } from "zod";

import { INT8_MAX } from "./storable";

const notificationId = z
  .string()
  .regex(/^[1-9]\d{0,18}$/, "Notification id must be a positive whole number.")
  .refine((v) => !/^\d+$/.test(v) || BigInt(v) <= INT8_MAX, "Notification id is too large.");

export const notificationIdSchema = z.object({ notificationId });

/** "Mark all read" up to the newest one the person has seen, so one that arrived meanwhile stays unread. */
export const markAllNotificationsSchema = z.object({ upToId: notificationId });
