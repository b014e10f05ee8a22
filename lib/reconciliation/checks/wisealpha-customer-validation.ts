import { CUSTOMER_VALIDATION_CHECK } from "../check-names";
import { wiseAlphaCustomers } from "../shared-reads";
import type { Finding, ReconciliationCheck } from "../types";

const BATCH = 1_000;

/**
 * WiseAlpha customers' validation (status, AML status, can invest) against our snapshot,
 * which account.* events and the customer sync keep. One paged read of /customers/, shared with the run's other WiseAlpha checks.
 */
export const wiseAlphaCustomerValidation: ReconciliationCheck = {
  name: CUSTOMER_VALIDATION_CHECK,
  provider: "WISEALPHA",
  async run({ db, clients, shared }) {
    const theirs = (await wiseAlphaCustomers(shared, clients.wiseAlpha)).map((c) => ({
      id: c.customer_id,
      status: c.validation.status,
      aml: c.validation.aml_check.status,
      canInvest: c.validation.can_invest,
    }));
    const findings: Finding[] = [];
    for (let i = 0; i < theirs.length; i += BATCH) {
      const slice = theirs.slice(i, i + BATCH);
      const rows = await db.wiseAlphaCustomerSnapshot.findMany({
        where: { customerId: { in: slice.map((c) => c.id) } },
        select: { customerId: true, validationStatus: true, amlStatus: true, canInvest: true, sourceTime: true },
      });
      const ours = new Map(rows.map((r) => [r.customerId, r]));
      for (const c of slice) {
        const row = ours.get(c.id);
        const their = { validation: c.status, aml: c.aml, can_invest: c.canInvest };
        if (!row) {
          findings.push({
            objectType: "customer",
            objectRef: c.id,
            kind: "missing_snapshot",
            summary: "WiseAlpha has this customer; we hold no snapshot.",
            ours: null,
            theirs: their,
          });
          continue;
        }
        if (row.validationStatus === c.status && row.amlStatus === c.aml && row.canInvest === c.canInvest) continue;
        findings.push({
          objectType: "customer",
          objectRef: c.id,
          kind: "validation_differs",
          summary: `Our snapshot says ${row.validationStatus} / ${row.amlStatus}; WiseAlpha says ${c.status} / ${c.aml}.`,
          ours: { validation: row.validationStatus, aml: row.amlStatus, can_invest: row.canInvest, as_of: row.sourceTime.toISOString() },
          theirs: their,
        });
      }
    }
    return { objectsChecked: theirs.length, findings };
  },
};
