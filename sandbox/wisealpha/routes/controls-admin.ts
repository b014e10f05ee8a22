import type { FastifyInstance } from "fastify";

import { deriveValidation } from "../domain/validation";
import { query, routes } from "../http/route";
import { generateState } from "../store/generate";
import type { Runtime } from "../store/runtime";

/**
 * Helpers for people testing against the sandbox: find customers in a given onboarding
 * state, and reset everything to the generated data.
 */
export function adminControls(app: FastifyInstance, rt: Runtime, sizes: { seed: number; customers: number; products: number }) {
  const r = routes(app);

  // e.g. ?next_action=upload-id-documents or ?status=invest&can_withdraw=false
  r.get("/__sandbox/customers", async (request) => {
    const q = query(request);
    const now = rt.now();
    const matches = Object.values(rt.state.customers)
      .filter((c) => c.owner === "super")
      .map((c) => ({ c, v: deriveValidation(c, now) }))
      .filter(
        ({ c, v }) =>
          (!q.status || v.status === q.status) &&
          (!q.aml_status || c.aml_status === q.aml_status) &&
          (!q.next_action || v.next_actions.includes(q.next_action)) &&
          (!q.field_needed || v.fields_needed.includes(q.field_needed)) &&
          (!q.can_invest || String(v.can_invest) === q.can_invest) &&
          (!q.can_withdraw || String(v.can_withdraw) === q.can_withdraw),
      );
    const parsed = Number.parseInt(q.limit ?? "", 10);
    const limit = Number.isFinite(parsed) && parsed >= 0 ? Math.min(parsed, 1000) : 20;
    return {
      count: matches.length,
      results: matches.slice(0, limit).map(({ c, v }) => ({
        customer_id: c.customer_id,
        status: v.status,
        aml_check: c.aml_status,
        next_actions: v.next_actions,
        fields_needed: v.fields_needed,
      })),
    };
  });

  // Regenerates the state in place: the saver and the handlers keep the same object.
  r.post("/__sandbox/reset", async () => {
    const fresh = generateState(sizes.seed, { customers: sizes.customers, products: sizes.products });
    Object.assign(rt.state, fresh);
    rt.markDirty();
    return { status: "ok", customers: Object.keys(fresh.customers).length, products: Object.keys(fresh.products).length };
  });
}
