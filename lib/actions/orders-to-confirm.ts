"use server";

import { areaAction } from "@/lib/actions/safe-action";
import { cancelOrders } from "@/lib/orders/orders-to-confirm";
import { cancelOrdersSchema } from "@/lib/validations/orders";

/** Cancels the ticked orders of any customers at WiseAlpha, one at a time, with a result each (orders.trade, checked here). */
export const cancelOrdersAction = areaAction("orders.trade", { refresh: "/orders", type: "layout" })(
  "cancelOrders",
  cancelOrdersSchema,
  async (input, { user }) => ({ results: await cancelOrders(user, input.orderIds) }),
);
