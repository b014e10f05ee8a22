import "server-only";

import type { getDb, Tx } from "@/lib/db";
import { waCustomerSchema, type WiseAlphaCustomer } from "@/lib/providers/wisealpha/schemas";

/** A WiseAlpha customer's projected profile (null when never read or no longer parseable) and when WiseAlpha stated it. */
export async function readWiseAlphaCustomer(
  db: Tx | ReturnType<typeof getDb>,
  customerId: string,
): Promise<{ customer: WiseAlphaCustomer | null; snapshotAt: Date | null }> {
  const snapshot = await db.wiseAlphaCustomerSnapshot.findUnique({ where: { customerId } });
  const parsed = snapshot ? waCustomerSchema.safeParse(snapshot.profile) : null;
  return { customer: parsed?.success ? parsed.data : null, snapshotAt: snapshot?.sourceTime ?? null };
}
