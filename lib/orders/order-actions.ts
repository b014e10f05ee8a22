import "server-only";

import type { AuditAction } from "@/lib/audit/audit-types";
import { auditedProviderWrite } from "@/lib/audit/audited-provider-write";
import type { CurrentUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { AppError, GENERIC_ERROR_MESSAGE } from "@/lib/errors";
import { applyProviderOrder, closeEntry, recordHistory, wiseAlphaOrderRef } from "@/lib/orders/projection";
import { whyNotCancel, whyNotConfirm } from "@/lib/orders/trading-rules";
import { getWiseAlphaClient } from "@/lib/providers/server-clients";
import { getRequestLogger } from "@/lib/request-context";
import type { WiseAlphaOrder } from "@/lib/providers/wisealpha/transform";

/**
 * Cancel and confirm go to WiseAlpha through `auditedProviderWrite`: the intent is audited
 * (ATTEMPTED) before the call; once WiseAlpha answers, our row, the chain's history and the
 * SUCCESS row change in one transaction. A refusal is audited as FAILURE and its message
 * shown; a failure after WiseAlpha accepted says the change may already have been applied.
 */

type Entry = NonNullable<Awaited<ReturnType<ReturnType<typeof getDb>["orderBookEntry"]["findUnique"]>>>;

async function loadEntry(orderId: string): Promise<Entry> {
  const entry = await getDb().orderBookEntry.findUnique({ where: { id: orderId } });
  if (!entry) throw new AppError("NOT_FOUND", `Order ${orderId} is not in the order book.`);
  return entry;
}

const intentFor = (actor: CurrentUser, action: AuditAction, orderId: string, details: Record<string, unknown>) => ({
  actor,
  provider: "wisealpha" as const,
  action,
  targetType: "order",
  targetId: orderId,
  details,
});

/** Cancels one open or confirm-state order at WiseAlpha (buys get their money back; sells unlock). */
export async function cancelOrder(actor: CurrentUser, orderId: string) {
  const entry = await loadEntry(orderId);
  const why = whyNotCancel(entry.state);
  if (why) throw new AppError("CONFLICT", why);
  const details = { customer: entry.customerRef, account: entry.accountRef, product: entry.productId, original_id: entry.originalId };
  return auditedProviderWrite(
    intentFor(actor, "order.cancelled", orderId, details),
    () => getWiseAlphaClient().cancelOrder(wiseAlphaOrderRef(entry)),
    (result) => ({
      result: { orderId, state: "CANCELLED" as const },
      apply: async (tx) => {
        const at = new Date();
        await closeEntry(tx, orderId, "CANCELLED", at);
        await recordHistory(tx, {
          originalId: entry.originalId,
          orderId,
          kind: "cancel_requested",
          occurredAt: at,
          actorId: actor.id,
          details: { by: actor.email, provider_state: result.order?.state ?? null },
        });
      },
    }),
  );
}

/** Confirms an order suspended by a price change: WiseAlpha re-issues it at the new price (new id, same original_id). */
export async function confirmOrder(actor: CurrentUser, orderId: string) {
  const entry = await loadEntry(orderId);
  const why = whyNotConfirm(entry.state);
  if (why) throw new AppError("CONFLICT", why);
  const details = {
    customer: entry.customerRef,
    product: entry.productId,
    original_id: entry.originalId,
    old_price: entry.price.toString(),
  };
  return auditedProviderWrite(
    intentFor(actor, "order.confirmed", orderId, details),
    () => getWiseAlphaClient().confirmOrder(wiseAlphaOrderRef(entry)),
    async (result) => {
      // The seed only promises HTTP 200; without the new order in the answer, find it by its original_id.
      const renewed = result.order ?? (await findInChain(entry));
      return {
        result: { orderId, newId: renewed?.id ?? null, newPrice: renewed?.price ?? null, state: renewed?.state ?? null },
        details: { new_id: renewed?.id ?? null, new_price: renewed?.price ?? null, new_state: renewed?.state ?? null },
        apply: async (tx) => {
          if (!renewed) return;
          await applyProviderOrder(tx, {
            order: renewed,
            side: entry.side,
            customerRef: entry.customerRef,
            accountRef: entry.accountRef,
            seenAt: new Date(),
            actorId: actor.id,
          });
        },
      };
    },
  );
}

async function findInChain(entry: Entry): Promise<WiseAlphaOrder | null> {
  for await (const order of getWiseAlphaClient().iterateOrders(wiseAlphaOrderRef(entry), wiseAlphaOrderRef(entry).side))
    if (order.original_id === entry.originalId && order.id !== entry.id) return order;
  return null;
}

export type CancelResult = { orderId: string; ok: boolean; message: string };

/** Cancels the chosen (or all) live orders of one customer, one at a time, each with its own result and audit entry. */
export async function cancelCustomerOrders(actor: CurrentUser, customerRef: string, orderIds?: string[]): Promise<CancelResult[]> {
  const live = await getDb().orderBookEntry.findMany({
    where: { customerRef, state: { in: ["OPEN", "CONFIRM"] }, ...(orderIds ? { id: { in: orderIds } } : {}) },
    orderBy: { providerCreatedAt: "asc" },
    select: { id: true },
  });
  const results: CancelResult[] = [];
  const found = new Set(live.map((l) => l.id));
  for (const id of orderIds ?? []) {
    if (found.has(id)) continue;
    const row = await getDb().orderBookEntry.findUnique({ where: { id }, select: { customerRef: true, state: true } });
    results.push({
      orderId: id,
      ok: false,
      message: !row || row.customerRef !== customerRef ? "Not an order of this customer." : (whyNotCancel(row.state) ?? "Not live."),
    });
  }
  return [
    ...results,
    ...(await cancelEach(
      actor,
      live.map((l) => l.id),
    )),
  ];
}

/** Cancels each order in turn, each with its own result (and audit entry, in cancelOrder): the bulk cancels' one loop. */
export async function cancelEach(actor: CurrentUser, orderIds: readonly string[]): Promise<CancelResult[]> {
  const results: CancelResult[] = [];
  for (const id of orderIds) {
    try {
      await cancelOrder(actor, id);
      results.push({ orderId: id, ok: true, message: "Cancelled at WiseAlpha." });
    } catch (error) {
      // One order's failure must not hide the results of the others.
      if (!(error instanceof AppError)) (await getRequestLogger()).error({ err: error, orderId: id }, "bulk cancel failed for one order");
      results.push({ orderId: id, ok: false, message: error instanceof AppError ? error.message : GENERIC_ERROR_MESSAGE });
    }
  }
  return results;
}
