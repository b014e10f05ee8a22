import type { Db } from "@/lib/db/create-client";
import type { WiseAlphaClient } from "@/lib/providers/wisealpha/client";
import type { WiseAlphaCustomer } from "@/lib/providers/wisealpha/transform";
import { CUSTOMER_VALIDATION_CHECK } from "@/lib/reconciliation/check-names";
import { recordCorrection } from "@/lib/reconciliation/drift-items";

import { saveCustomerSnapshots } from "./customer-projection";

type Validation = { customerId: string; validationStatus: string; amlStatus: string; canInvest: boolean };

/**
 * Reads every managed customer from WiseAlpha (pages of 100) into the projection, one
 * batched statement per page. Catches what events missed (a lost webhook, customers made
 * elsewhere). A page's read time is its statement time, so a newer event wins. A snapshot
 * whose validation the sync had to change (an event we never got) is recorded as an
 * AUTO_CORRECTED drift item in the same transaction: the sync corrects, never silently.
 */
export async function syncWiseAlphaCustomers(db: Pick<Db, "$transaction">, client: WiseAlphaClient) {
  const started = Date.now();
  let read = 0;
  let written = 0;
  let corrected = 0;
  let page: WiseAlphaCustomer[] = [];
  const flush = async (readAt: Date) => {
    const batch = page;
    page = [];
    await db.$transaction(
      async (tx) => {
        const before = await tx.wiseAlphaCustomerSnapshot.findMany({
          where: { customerId: { in: batch.map((c) => c.customer_id) } },
          select: { customerId: true, validationStatus: true, amlStatus: true, canInvest: true },
        });
        const saved = new Set(await saveCustomerSnapshots(tx, batch, readAt));
        written += saved.size;
        const held = new Map<string, Validation>(before.map((row) => [row.customerId, row]));
        for (const customer of batch) {
          const row = held.get(customer.customer_id);
          const v = customer.validation;
          if (!row || !saved.has(customer.customer_id)) continue;
          if (row.validationStatus === v.status && row.amlStatus === v.aml_check.status && row.canInvest === v.can_invest) continue;
          corrected += 1;
          await recordCorrection(
            tx,
            { check: CUSTOMER_VALIDATION_CHECK, provider: "WISEALPHA", at: readAt },
            {
              objectType: "customer",
              objectRef: customer.customer_id,
              kind: "validation_differs",
              summary: `Our snapshot said ${row.validationStatus} / ${row.amlStatus}; WiseAlpha says ${v.status} / ${v.aml_check.status}.`,
              ours: { validation: row.validationStatus, aml: row.amlStatus, can_invest: row.canInvest },
              theirs: { validation: v.status, aml: v.aml_check.status, can_invest: v.can_invest },
              correction: "The customer sync updated our snapshot (no account event had told us).",
            },
          );
        }
      },
      { maxWait: 10_000, timeout: 60_000 },
    );
  };
  let readAt = new Date();
  for await (const customer of client.iterateCustomers()) {
    if (page.length === 0) readAt = new Date();
    page.push(customer);
    read++;
    if (page.length >= 500) await flush(readAt);
  }
  if (page.length > 0) await flush(readAt);
  return { read, written, corrected, ms: Date.now() - started };
}
