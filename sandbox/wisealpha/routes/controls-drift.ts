import type { FastifyInstance } from "fastify";

import { badRequest, notFound } from "../http/errors";
import { body, params, routes } from "../http/route";
import { cancelOrder } from "../market/engine";
import { orderJson } from "../store/orders";
import type { Runtime } from "../store/runtime";
import { AML_STATUSES, type AmlStatus, type WaEvent } from "../store/types";
import { ledgerDriftControls } from "./controls-drift-ledger";
import { fillOrder } from "./controls-market";

/**
 * Drift controls (issue 15): changes made behind the back office's back, so the
 * reconciliation has something to find. "Silently" means no event in the /events/ feed and
 * no webhook; a dropped webhook keeps the event in the feed but never delivers it.
 */
export function driftControls(app: FastifyInstance, rt: Runtime) {
  const r = routes(app);
  let dropNext = 0;
  const dropped: string[] = [];
  const enqueue = rt.webhooks.enqueue.bind(rt.webhooks);
  const dispatch = (event: WaEvent) => {
    if (dropNext > 0) {
      dropNext -= 1;
      dropped.push(event.id);
      return;
    }
    enqueue(event);
  };
  rt.webhooks.enqueue = dispatch;

  /** Runs a change with event emission switched off: nothing reaches the feed or the webhooks. */
  function silently<T>(change: () => T): T {
    const feedLength = rt.state.events.length;
    rt.webhooks.enqueue = () => {};
    try {
      return change();
    } finally {
      rt.webhooks.enqueue = dispatch;
      rt.state.events.splice(feedLength);
      rt.markDirty();
    }
  }

  // POST /__sandbox/drift/orders/:order_id/fill {amount?} - fill (or partly fill) without any event
  r.post("/__sandbox/drift/orders/:order_id/fill", fillOrder(rt, silently));

  // POST /__sandbox/drift/orders/:order_id/cancel - cancel without any event
  r.post("/__sandbox/drift/orders/:order_id/cancel", async (request, reply) => {
    const order = rt.state.orders[params(request).order_id ?? ""];
    if (!order || !order.customer_id) return notFound(reply);
    return orderJson(silently(() => cancelOrder(rt, order, "Cancelled by the platform (sandbox drift control).")));
  });

  // POST /__sandbox/drift/customers/:customer_id/aml {"status": "Auto Check Failed"} - change validation without an event
  r.post("/__sandbox/drift/customers/:customer_id/aml", async (request, reply) => {
    const customer = rt.state.customers[params(request).customer_id ?? ""];
    if (!customer) return notFound(reply);
    const status = body(request).status as AmlStatus;
    if (!AML_STATUSES.includes(status)) return badRequest(reply, { status: [`Must be one of: ${AML_STATUSES.join(", ")}.`] });
    const previous = customer.aml_status;
    customer.aml_status = status;
    rt.markDirty();
    return { customer_id: customer.customer_id, previous_aml_status: previous, aml_status: status };
  });

  // POST /__sandbox/drift/webhooks/drop-next {"count": 1} - the next N events reach the feed but no webhook is sent
  r.post("/__sandbox/drift/webhooks/drop-next", async (request, reply) => {
    const count = Number(body(request).count ?? 1);
    if (!Number.isInteger(count) || count < 0 || count > 1000) return badRequest(reply, { count: ["An integer from 0 to 1000."] });
    dropNext = count;
    return { drop_next: dropNext, dropped: dropped.slice() };
  });

  r.get("/__sandbox/drift/webhooks/dropped", async () => ({ drop_next: dropNext, dropped: dropped.slice() }));

  ledgerDriftControls(app, rt);
}
