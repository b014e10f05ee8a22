import "server-only";

import type { getDb, Tx } from "@/lib/db";
import { parseWiseAlphaCustomer, type WiseAlphaCustomer } from "@/lib/providers/wisealpha/transform";

/** A WiseAlpha customer's projected profile (null when never read or no longer parseable) and when WiseAlpha stated it. */
export async function readWiseAlphaCustomer(
  db: Tx | ReturnType<typeof getDb>,
  customerId: string,
): Promise<{ customer: WiseAlphaCustomer | null; snapshotAt: Date | null }> {
  const snapshot = await db.wiseAlphaCustomerSnapshot.findUnique({ where: { customerId } });
  return { customer: snapshot ? parseWiseAlphaCustomer(snapshot.profile) : null, snapshotAt: snapshot?.sourceTime ?? null };
}
