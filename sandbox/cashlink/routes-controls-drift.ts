import type { FastifyInstance } from "fastify";
import { z } from "zod";

import { notFound, parseBody } from "./http-errors";
import { changeStatus } from "./investment-status";
import { serializeInvestment } from "./routes-investments";
import type { Store } from "./store";
import { INVESTMENT_STATUSES } from "./types";
import type { WebhookDispatcher } from "./webhooks";

const silentSchema = z.object({ status: z.enum(INVESTMENT_STATUSES), units: z.number().int().positive().optional() });

/** A dispatcher that sends nothing: the change happens at Cashlink and nobody is told. */
const muted = { emit() {} } as unknown as WebhookDispatcher;

/**
 * Drift control (issue 15) under /cashlink/__sandbox/: changes an investment's status (and
 * optionally its units) with no webhook, so only the reconciliation can notice. The allowed
 * transitions still apply.
 */
export function registerDriftControlRoutes(app: FastifyInstance, store: Store) {
  // POST /__sandbox/drift/investments/{id}/status {"status": "ACCEPTED", "units"?: 3}
  app.post("/__sandbox/drift/investments/:id/status", async (request) => {
    const investment = store.investment((request.params as { id: string }).id);
    if (!investment) throw notFound();
    const { status, units } = parseBody(silentSchema, request.body);
    const previous = investment.status;
    if (status !== previous) changeStatus(store, muted, investment, status);
    if (units !== undefined) {
      investment.units = units;
      store.changed();
    }
    return { previous_status: previous, investment: serializeInvestment(store, investment) };
  });
}
