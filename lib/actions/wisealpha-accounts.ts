"use server";

import { revalidatePath } from "next/cache";

import { actionClient } from "@/lib/actions/safe-action";
import { closeRobowiseSchema, notificationSettingSchema } from "@/lib/validations/wisealpha-accounts";
import { closeRobowisePortfolio } from "@/lib/wisealpha-accounts/robowise-actions";
import { changeNotificationSetting } from "@/lib/wisealpha-accounts/notification-settings";

/** Changes one WiseAlpha notification setting for a customer: notifications.edit (STAFF, ADMIN), audited in the domain call. */
export const changeNotificationSettingAction = actionClient
  .metadata({ name: "changeNotificationSetting", permission: "notifications.edit" })
  .inputSchema(notificationSettingSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await changeNotificationSetting(ctx.user, parsedInput);
    revalidatePath(`/orders/customers/${parsedInput.customerRef}`);
    return result;
  });

/** Closes a robowise portfolio at WiseAlpha for the customer: a trading decision, so orders.trade (STAFF, ADMIN). */
export const closeRobowiseAction = actionClient
  .metadata({ name: "closeRobowise", permission: "orders.trade" })
  .inputSchema(closeRobowiseSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await closeRobowisePortfolio(ctx.user, parsedInput);
    revalidatePath(`/orders/customers/${parsedInput.customerRef}/accounts/${parsedInput.accountId}`, "layout");
    return result;
  });
