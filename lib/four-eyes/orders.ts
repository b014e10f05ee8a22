import "server-only";

import { FOUR_EYES_CONDITIONS } from "@/lib/auth/four-eyes-policy";
import { hasPermission } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/session";
import { placeOrder } from "@/lib/orders/place-order";
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";

import { requestChange } from "./change-requests";
import type { ExecutionContext } from "./kinds";

/**
 * Orders above ORDER_FOUR_EYES_ABOVE (per currency) wait for a second person. The
 * quote (OrderPlacement) is made first as usual; submitting it files a change request
 * instead of sending, and approval sends it through the existing placeOrder.
 */
export type PlaceOrRequest = {
  placementId: string;
  orderId: string | null;
  state: string | null;
  status?: "pending";
  changeRequestId?: string;
};

export async function placeOrRequestOrder(actor: CurrentUser, placementId: string): Promise<PlaceOrRequest> {
  const placement = await getDb().orderPlacement.findUnique({ where: { id: placementId } });
  // Not ours, gone or already sent: placeOrder refuses with its own message.
  if (!placement || placement.actorId !== actor.id || placement.state !== "QUOTED") return placeOrder(actor, placementId);
  if (!FOUR_EYES_CONDITIONS.placeOrder(getEnv().ORDER_FOUR_EYES_ABOVE, placement.currency, placement.amount.toFixed())) {
    return placeOrder(actor, placementId);
  }
  const filed = await requestChange(actor, "order.place_above_limit", {
    placementId,
    customerRef: placement.customerRef,
    productId: placement.productId,
    side: placement.side,
    amount: placement.amount.toFixed(),
    currency: placement.currency,
  });
  // The same shape as a sent order, so callers that only read orderId/state keep working.
  return { placementId, orderId: null, state: null, status: "pending", changeRequestId: filed.changeRequestId };
}

/**
 * placeOrder sends a quote only for the person who saw its figures and warnings, so
 * the approved order is sent for the requester (still active and allowed to trade);
 * the change request's audit entries name the approver. A quote older than
 * placeOrder's limit fails the request with its message ("quote again").
 */
export async function placeApprovedOrder(ctx: ExecutionContext, placementId: string) {
  const requester = await getDb().user.findUnique({ where: { id: ctx.requestedById } });
  if (!requester || requester.disabledAt || !hasPermission(requester.role, "orders.trade")) {
    throw new AppError("CONFLICT", "The person who asked for this order can no longer trade; it was not sent.");
  }
  const asRequester: CurrentUser = { id: requester.id, email: requester.email, name: requester.name, role: requester.role, sessionId: "" };
  return placeOrder(asRequester, placementId);
}
