"use server";

import { revalidatePath } from "next/cache";

import { actionClient } from "@/lib/actions/safe-action";
import { findCustomerAccesses } from "@/lib/customers/access-log";
import { confirmMatch, rejectMatch, unlinkPerson } from "@/lib/customers/decide-links";
import { customerIdSchema, decideMatchSchema, unlinkPersonSchema } from "@/lib/validations/customers";

// Linking decides who a person is: customers.link (COMPLIANCE, ADMIN), checked inside each action.

export const confirmCustomerMatchAction = actionClient
  .metadata({ name: "confirmCustomerMatch", permission: "customers.link" })
  .inputSchema(decideMatchSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await confirmMatch(ctx.user, parsedInput.matchId, parsedInput.reason);
    revalidatePath("/customers", "layout");
    return result;
  });

export const rejectCustomerMatchAction = actionClient
  .metadata({ name: "rejectCustomerMatch", permission: "customers.link" })
  .inputSchema(decideMatchSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await rejectMatch(ctx.user, parsedInput.matchId, parsedInput.reason);
    revalidatePath("/customers", "layout");
    return result;
  });

export const unlinkCustomerPersonAction = actionClient
  .metadata({ name: "unlinkCustomerPerson", permission: "customers.link" })
  .inputSchema(unlinkPersonSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await unlinkPerson(ctx.user, parsedInput.customerId, parsedInput.provider, parsedInput.reason);
    revalidatePath("/customers", "layout");
    return result;
  });

/** "Who looked at this customer": refused here to STAFF, not only hidden on the page. */
export const customerAccessLogAction = actionClient
  .metadata({ name: "customerAccessLog", permission: "customers.access_log" })
  .inputSchema(customerIdSchema)
  .action(async ({ parsedInput }) => ({ entries: await findCustomerAccesses(parsedInput.customerId) }));
