import type { FastifyInstance } from "fastify";

import { listCollection } from "./collections";
import { getPortfolio } from "./portfolios-routes";
import { route } from "./routes-util";
import type { Runtime } from "./runtime";
import type { CashTransfer } from "./state";

const FIELDS = new Set(["id", "type", "portfolio_id", "amount", "currency", "external_id", "creation_datetime"]);

/**
 * GET /portfolios/:id/transactions/ - the portfolio's cash transfers, oldest first, as a
 * seed 001 collection (limit/offset/query). Seed 002 names Transactions in the Portfolio
 * ("Holdings are not updated when Transactions are created") but documents no schema, so
 * the items are the sandbox's own record of POST /events/deposit|withdraw/ (the same object
 * that answer returns, without the idempotency key): confirm the fields against
 * InvestSuite's Transactions reference before relying on them in production.
 */
export function registerTransactionRoutes(app: FastifyInstance, rt: Runtime) {
  route(app, "GET", "/portfolios/:id/transactions/", async (request) => {
    const portfolio = getPortfolio(rt, (request.params as { id: string }).id);
    return listCollection(request, {
      items: () => rt.state.cashTransfers.filter((t) => t.portfolio_id === portfolio.id).map((t) => ({ ...t, deleted: false })),
      toWire: (t: CashTransfer & { deleted: boolean }) => ({
        id: t.id,
        type: t.type,
        portfolio_id: t.portfolio_id,
        amount: t.amount,
        currency: t.currency,
        external_id: t.external_id,
        creation_datetime: t.creation_datetime,
      }),
      isKnownField: (field) => FIELDS.has(field),
      embeddable: [],
      resolve: () => null,
    });
  });
}
