"use server";

import { revalidatePath } from "next/cache";

import { actionClient } from "@/lib/actions/safe-action";
import { cancelOrders } from "@/lib/orders/orders-to-confirm";
import { cancelOrdersSchema } from "@/lib/validations/orders";

/** Cancels the ticked orders of any customers at WiseAlpha, one at a time, with a result each (orders.trade, checked here). */
export const cancelOrdersAction = actionClient
  .metadata({ name: "cancelOrders", permission: "orders.trade" })
  .inputSchema(cancelOrdersSchema)
  .action(async ({ parsedInput, ctx }) => {
    const results = await cancelOrders(ctx.user, parsedInput.orderIds);
    revalidatePath("/orders", "layout");
    return { results };
  });
