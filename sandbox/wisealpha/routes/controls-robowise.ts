import type { FastifyInstance } from "fastify";

import { D, money } from "../domain/money";
import { badRequest, notFound } from "../http/errors";
import { params, routes } from "../http/route";
import { robowiseAccounts } from "../robowise/store";
import { postTransaction } from "../store/ledger";
import { emitEvent, timestamp, type Runtime } from "../store/runtime";

/**
 * Seed: closing starts a process and "the robowise.closed event will be generated when the
 * closure is complete". This control completes it: the cash goes back to the parent account.
 */
export function robowiseControls(app: FastifyInstance, rt: Runtime) {
  const r = routes(app);
  r.post("/__sandbox/robowise/:reference/complete-closure", async (request, reply) => {
    const robowise = robowiseAccounts(rt.state)[params(request).reference ?? ""];
    if (!robowise) return notFound(reply);
    if (robowise.state !== "closing") return reply.code(409).send({ detail: `The portfolio is ${robowise.state}, not closing.` });
    const parent = rt.state.accounts[robowise.account_id];
    if (!parent) return badRequest(reply, { detail: "The parent account is gone." });
    const cash = D(robowise.balance);
    if (cash.greaterThan(0))
      postTransaction(
        rt.state,
        parent,
        robowise.currency,
        cash,
        `Robowise portfolio ${robowise.name} closed`,
        "Robowise Transfer",
        timestamp(rt.now()),
      );
    robowise.balance = "0.00";
    robowise.state = "closed";
    const event = emitEvent(rt, "robowise.closed", robowise.customer_id, {
      robowise_account: robowise.reference,
      investment_account: robowise.account_id,
      closure_type: robowise.closure_type ?? "transfer_to_parent",
      amount_returned: money(cash),
      currency: robowise.currency,
    });
    return { reference: robowise.reference, state: robowise.state, event_id: event.id };
  });
}
