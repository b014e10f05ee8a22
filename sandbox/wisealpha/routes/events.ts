import type { FastifyInstance } from "fastify";

import { isSuper } from "../http/auth";
import { paginate } from "../http/pagination";
import { query, routes } from "../http/route";
import { INDIVIDUAL_CUSTOMER_ID } from "../store/generate";
import type { Runtime } from "../store/runtime";

/**
 * GET /events/: the same events the webhooks carry, oldest first so a client can page
 * forward with offset. A key only sees events of customers it may access.
 */
export function eventRoutes(app: FastifyInstance, rt: Runtime) {
  routes(app).get("/v1/events/", async (request) => {
    const q = query(request);
    const visible = isSuper(request)
      ? (customerId: string) => rt.state.customers[customerId]?.owner === "super"
      : (customerId: string) => customerId === INDIVIDUAL_CUSTOMER_ID;
    const events = rt.state.events.filter(
      (e) =>
        visible(e.customer_id) && (!q.event_type || e.event_type === q.event_type) && (!q.customer_id || e.customer_id === q.customer_id),
    );
    return paginate(request, events, (e) => e);
  });
}
