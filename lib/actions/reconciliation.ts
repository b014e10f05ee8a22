"use server";

import { areaAction, asUser } from "@/lib/actions/safe-action";
import { decideDrift, requestReconciliationRun } from "@/lib/reconciliation/decide-drift";
import { decideDriftSchema, requestRunSchema } from "@/lib/validations/reconciliation";

export const decideDriftAction = areaAction("reconciliation.decide")("decideDrift", decideDriftSchema, asUser(decideDrift), (input) => [
  "/reconciliation",
  `/reconciliation/${input.id}`,
]);

export const requestReconciliationRunAction = areaAction("reconciliation.run", { refresh: "/reconciliation" })(
  "requestReconciliationRun",
  requestRunSchema,
  (_, { user }) => requestReconciliationRun(user),
);
