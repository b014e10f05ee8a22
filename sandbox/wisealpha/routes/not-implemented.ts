import type { FastifyInstance, FastifyReply } from "fastify";

import { DETAIL } from "../http/errors";

/**
 * Documented endpoints the sandbox does not simulate yet answer 501, so a client sees
 * "not built" rather than a 404 that looks like a wrong path.
 */
const PATHS = [
  "/v1/robowise/*",
  "/v1/customers/:customer_id/investment-accounts/:account_id/robowise",
  "/v1/customers/:customer_id/investment-accounts/:account_id/robowise/*",
  "/v1/customers/:customer_id/investment-accounts/:account_id/reports",
  "/v1/customers/:customer_id/investment-accounts/:account_id/reports/*",
];

export function notImplementedRoutes(app: FastifyInstance) {
  const handler = async (_request: unknown, reply: FastifyReply) => reply.code(501).send({ detail: DETAIL.notImplemented });
  for (const url of PATHS) {
    app.route({ method: ["GET", "POST", "PUT", "PATCH", "DELETE"], url, handler });
    if (!url.endsWith("*")) app.route({ method: ["GET", "POST", "PUT", "PATCH", "DELETE"], url: `${url}/`, handler });
  }
}
