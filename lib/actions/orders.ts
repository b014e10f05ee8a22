"use server";

import { revalidatePath } from "next/cache";

import { actionClient } from "@/lib/actions/safe-action";
import { cancelCustomerOrders, cancelOrder, confirmOrder } from "@/lib/orders/order-actions";
import { checkPlacement, quoteOrder } from "@/lib/orders/place-order";
import { placeOrRequestOrder } from "@/lib/four-eyes/orders";
import { cancelCustomerOrdersSchema, orderIdSchema, placementIdSchema, quoteOrderSchema } from "@/lib/validations/orders";

// Every action here trades at WiseAlpha for a customer: orders.trade (STAFF, ADMIN), checked inside the action.

export const cancelOrderAction = actionClient
  .metadata({ name: "cancelOrder", permission: "orders.trade" })
  .inputSchema(orderIdSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await cancelOrder(ctx.user, parsedInput.orderId);
    revalidatePath("/orders", "layout");
    return result;
  });

export const confirmOrderAction = actionClient
  .metadata({ name: "confirmOrder", permission: "orders.trade" })
  .inputSchema(orderIdSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await confirmOrder(ctx.user, parsedInput.orderId);
    revalidatePath("/orders", "layout");
    return result;
  });

export const cancelCustomerOrdersAction = actionClient
  .metadata({ name: "cancelCustomerOrders", permission: "orders.trade" })
  .inputSchema(cancelCustomerOrdersSchema)
  .action(async ({ parsedInput, ctx }) => {
    const results = await cancelCustomerOrders(ctx.user, parsedInput.customerRef, parsedInput.orderIds);
    revalidatePath("/orders", "layout");
    return { results };
  });

export const quoteOrderAction = actionClient
  .metadata({ name: "quoteOrder", permission: "orders.trade" })
  .inputSchema(quoteOrderSchema)
  .action(async ({ parsedInput, ctx }) => quoteOrder(ctx.user, parsedInput));

export const placeOrderAction = actionClient
  .metadata({ name: "placeOrder", permission: "orders.trade" })
  .inputSchema(placementIdSchema)
  .action(async ({ parsedInput, ctx }) => {
    // Above ORDER_FOUR_EYES_ABOVE this files a change request ({ status: "pending" }) for a second person.
    const result = await placeOrRequestOrder(ctx.user, parsedInput.placementId);
    revalidatePath("/orders", "layout");
    return result;
  });

export const checkPlacementAction = actionClient
  .metadata({ name: "checkPlacement", permission: "orders.trade" })
  .inputSchema(placementIdSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await checkPlacement(ctx.user, parsedInput.placementId);
    revalidatePath("/orders", "layout");
    return result;
  });
