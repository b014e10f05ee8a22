"use server";

import { areaAction, asUser } from "@/lib/actions/safe-action";
import { cancelCustomerOrders, cancelOrder, confirmOrder } from "@/lib/orders/order-actions";
import { checkPlacement, quoteOrder } from "@/lib/orders/place-order";
import { placeOrRequestOrder } from "@/lib/four-eyes/orders";
import { cancelCustomerOrdersSchema, orderIdSchema, placementIdSchema, quoteOrderSchema } from "@/lib/validations/orders";

// Every action here trades at WiseAlpha for a customer: orders.trade (STAFF, ADMIN), checked inside the action.
const trade = areaAction("orders.trade", { refresh: "/orders", type: "layout" });

export const cancelOrderAction = trade("cancelOrder", orderIdSchema, (input, { user }) => cancelOrder(user, input.orderId));
export const confirmOrderAction = trade("confirmOrder", orderIdSchema, (input, { user }) => confirmOrder(user, input.orderId));
export const cancelCustomerOrdersAction = trade("cancelCustomerOrders", cancelCustomerOrdersSchema, async (input, { user }) => ({
  results: await cancelCustomerOrders(user, input.customerRef, input.orderIds),
}));
// A quote changes nothing, so no page is refreshed.
export const quoteOrderAction = trade("quoteOrder", quoteOrderSchema, asUser(quoteOrder), []);
// Above ORDER_FOUR_EYES_ABOVE this files a change request ({ status: "pending" }) for a second person.
export const placeOrderAction = trade("placeOrder", placementIdSchema, (input, { user }) => placeOrRequestOrder(user, input.placementId));
export const checkPlacementAction = trade("checkPlacement", placementIdSchema, (input, { user }) =>
  checkPlacement(user, input.placementId),
);
