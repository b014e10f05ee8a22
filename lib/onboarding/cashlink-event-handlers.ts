import { z } from "zod";

import type { EventHandler } from "@/lib/events/handlers";
import type { Tx } from "@/lib/db";

/** Cashlink's status webhook body (provider-apis §3.1): the only event type Cashlink documents. */
const statusChangedSchema = z.object({ investment_id: z.string().min(1), status: z.string().min(1), changed_at: z.string().min(1) });

/**
 * `investment.status_changed`: refreshes the status we hold for an investment we created
 * (CashlinkInvestmentRequest). An older change arriving after a newer one changes nothing,
 * and a replay finds the same status. Investments we did not create have no row; their
 * events are still on the invitation's page through the event's investment reference.
 */
export const onCashlinkInvestmentStatusChanged: EventHandler = async (tx, event) => {
  const parsed = statusChangedSchema.safeParse(event.payload);
  if (!parsed.success) throw new Error(`Cashlink status event ${event.id} has no readable payload (purged?).`);
  const at = new Date(parsed.data.changed_at);
  if (Number.isNaN(at.getTime()))
    throw new Error(`Cashlink status event ${event.id}: changed_at "${parsed.data.changed_at}" is not a time.`);
  await tx.cashlinkInvestmentRequest.updateMany({
    where: { investmentId: parsed.data.investment_id, OR: [{ investmentStatusAt: null }, { investmentStatusAt: { lt: at } }] },
    data: { investmentStatus: parsed.data.status, investmentStatusAt: at },
  });
};

/** The newest status change Cashlink sent for an investment, if any arrived (by its changed_at). */
export async function latestStatusEvent(tx: Pick<Tx, "$queryRaw">, investmentId: string): Promise<{ status: string; at: Date } | null> {
  const [row] = await tx.$queryRaw<{ status: string | null; at: Date | null }[]>`
    SELECT payload->>'status' AS status, "providerCreatedAt" AS at
      FROM "ProviderEvent"
     WHERE provider = 'CASHLINK' AND type = 'investment.status_changed' AND "investmentRef" = ${investmentId}
       AND "providerCreatedAt" IS NOT NULL AND payload IS NOT NULL
     ORDER BY "providerCreatedAt" DESC LIMIT 1`;
  return row?.status && row.at ? { status: row.status, at: row.at } : null;
}
