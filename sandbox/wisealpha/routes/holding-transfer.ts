import type { FastifyInstance } from "fastify";

import { D } from "../domain/money";
import { badRequest, notFound } from "../http/errors";
import { resolvePath } from "../http/resolve-path";
import { body, params, routes } from "../http/route";
import { robowiseAccounts } from "../robowise/store";
import type { Runtime } from "../store/runtime";

/**
 * Account Product Transfer (seed 004): a whole holding moves from the parent account into one
 * of its child accounts (a robowise portfolio), with no sale and no fee. Principal offered in
 * open sell orders is locked and cannot move.
 */
export function holdingTransferRoutes(app: FastifyInstance, rt: Runtime) {
  const r = routes(app);
  r.post("/v1/customers/:customer_id/investment-accounts/:account_id/products/:product_id/transfer", async (request, reply) => {
    const path = resolvePath(rt, request, reply);
    if (!path) return reply;
    const holding = path.account.holdings[params(request).product_id ?? ""];
    if (!holding || D(holding.principal).isZero()) return notFound(reply);
    const target = String(body(request).account ?? "");
    if (!target) return badRequest(reply, { account: ["This field is required."] });
    const child = robowiseAccounts(rt.state)[target];
    if (!child || child.account_id !== path.account.id)
      return badRequest(reply, { account: [`Invalid pk "${target}" - object does not exist.`] });
    if (child.state === "closing" || child.state === "closed")
      return badRequest(reply, { account: [`The robowise portfolio is ${child.state}.`] });
    if (D(holding.locked).greaterThan(0))
      return badRequest(reply, { non_field_errors: ["Part of this holding is offered in open sell orders; cancel them first."] });
    const holdings = (child.holdings ??= {});
    holdings[holding.product_id] = D(holdings[holding.product_id] ?? 0)
      .add(holding.principal)
      .toFixed(2);
    delete path.account.holdings[holding.product_id];
    rt.markDirty();
    return { status: "ok", account: child.reference, product_id: holding.product_id, principal: holdings[holding.product_id] };
  });
}
