import type { FastifyInstance } from "fastify";

import { badRequest, notFound } from "../http/errors";
import { paginate } from "../http/pagination";
import { resolvePath } from "../http/resolve-path";
import { body, params, routes } from "../http/route";
import { cancelOrder, confirmOrder } from "../market/engine";
import { orderJson, ordersOfAccount } from "../store/orders";
import type { Runtime } from "../store/runtime";

/** Buy and sell orders of one investment account, and the confirm/cancel actions. */
export function orderRoutes(app: FastifyInstance, rt: Runtime) {
  const r = routes(app);
  for (const side of ["buy", "sell"] as const) {
    const base = `/v1/customers/:customer_id/investment-accounts/:account_id/${side}-orders`;

    // Seed: the list holds the orders "that haven't yet been completed".
    r.get(`${base}/`, async (request, reply) => {
      const path = resolvePath(rt, request, reply);
      return path ? paginate(request, ordersOfAccount(rt.state, path.account.id, side), orderJson) : reply;
    });

    // A single order is found by any id it ever had, so filled/replaced ones can be read too.
    r.get(`${base}/:order_id/`, async (request, reply) => {
      const path = resolvePath(rt, request, reply);
      if (!path) return reply;
      const order = rt.state.orders[params(request).order_id ?? ""];
      return order && order.side === side && order.account_id === path.account.id ? orderJson(order) : notFound(reply);
    });

    r.post(`${base}/:order_id/action/`, async (request, reply) => {
      const path = resolvePath(rt, request, reply);
      if (!path) return reply;
      const order = rt.state.orders[params(request).order_id ?? ""];
      if (!order || order.side !== side || order.account_id !== path.account.id) return notFound(reply);
      const action = body(request).action;
      if (action === "confirm") return orderJson(confirmOrder(rt, order));
      if (action === "cancel") return orderJson(cancelOrder(rt, order, "Cancelled at the customer's request."));
      return badRequest(reply, {
        action: [action === undefined ? "This field is required." : `"${String(action)}" is not a valid choice.`],
      });
    });
  }
}
