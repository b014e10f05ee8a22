"use server";

import { revalidatePath } from "next/cache";

import { actionClient } from "@/lib/actions/safe-action";
import { notificationSettingSchema } from "@/lib/validations/wisealpha-accounts";
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
