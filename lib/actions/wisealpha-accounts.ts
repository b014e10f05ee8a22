"use server";

import { areaAction, asUser } from "@/lib/actions/safe-action";
import { closeRobowiseSchema, notificationSettingSchema } from "@/lib/validations/wisealpha-accounts";
import { closeRobowisePortfolio } from "@/lib/wisealpha-accounts/robowise-actions";
import { changeNotificationSetting } from "@/lib/wisealpha-accounts/notification-settings";

/** Changes one WiseAlpha notification setting for a customer: notifications.edit (STAFF, ADMIN), audited in the domain call. */
export const changeNotificationSettingAction = areaAction("notifications.edit")(
  "changeNotificationSetting",
  notificationSettingSchema,
  asUser(changeNotificationSetting),
  (input) => `/orders/customers/${input.customerRef}`,
);

/** Closes a robowise portfolio at WiseAlpha for the customer: a trading decision, so orders.trade (STAFF, ADMIN). */
export const closeRobowiseAction = areaAction("orders.trade", { type: "layout" })(
  "closeRobowise",
  closeRobowiseSchema,
  asUser(closeRobowisePortfolio),
  (input) => `/orders/customers/${input.customerRef}/accounts/${input.accountId}`,
);
