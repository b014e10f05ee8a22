import { NextResponse } from "next/server";

import { withPermission } from "@/lib/api/with-permission";
import { AppError } from "@/lib/errors";
import { getBookVersion } from "@/lib/orders/book-version";
import { isPathId } from "@/lib/url-params";

/**
 * What an open order book or customer's orders page polls (one indexed aggregate): the page
 * re-renders when an order of that product or customer changes (our confirm or cancel, or a
 * WiseAlpha event arriving after it), so nobody reloads to see the new price.
 */
export const GET = withPermission("orders.read", async (request) => {
  const url = new URL(request.url);
  const productId = url.searchParams.get("product");
  const customerRef = url.searchParams.get("customer");
  const scope = productId ? { productId } : customerRef ? { customerRef } : null;
  if (!scope || !isPathId(productId ?? customerRef ?? "")) throw new AppError("INVALID", "Say which product or customer.");
  return NextResponse.json(await getBookVersion(scope), { headers: { "Cache-Control": "no-store" } });
});
