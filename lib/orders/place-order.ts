import "server-only";

import Decimal from "decimal.js";

import type { Prisma } from "@/generated/prisma/client";
import { mayAlreadyBeAppliedMessage } from "@/lib/audit/audited-provider-write";
import { auditAs } from "@/lib/audit/write-audit";
import type { CurrentUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { applyProviderOrder } from "@/lib/orders/projection";
import { checkBuyQuote, checkSellQuote } from "@/lib/orders/quote-math";
import { placementRefusals } from "@/lib/orders/trading-rules";
import { isProviderError, type ProviderError } from "@/lib/providers/errors";
import { getWiseAlphaClient } from "@/lib/providers/server-clients";
import { getRequestLogger } from "@/lib/request-context";
import type { WiseAlphaOrder } from "@/lib/providers/wisealpha/transform";
import type { QuoteOrderInput } from "@/lib/validations/orders";

/**
 * Placing an order for a customer: quote first, then submit that quote.
 *
 * WiseAlpha's /market/ takes no idempotency key (the seed documents none), and a repeated
 * POST would place a second order. So the OrderPlacement row is written before WiseAlpha
 * is called and is our idempotency key: it moves QUOTED → SENDING under a row lock, so a
 * double click or two tabs send it once. If WiseAlpha's answer is lost (timeout, 5xx) the
 * row is UNKNOWN and cannot be sent again until `checkPlacement` has looked for the order
 * at WiseAlpha (same product, side, amount and price, created after we sent).
 */

const QUOTE_TTL_MS = 15 * 60_000;

export type QuoteView = {
  placementId: string | null;
  side: "BUY" | "SELL";
  currency: string;
  figures: Record<string, string>;
  warnings: string[];
  refusals: string[];
  available: string;
};

async function customerContext(input: Pick<QuoteOrderInput, "customerRef" | "accountRef" | "productId" | "currency">) {
  const client = getWiseAlphaClient();
  const [customer, product, balances] = await Promise.all([
    client.getCustomer(input.customerRef),
    client.getProduct(input.productId),
    client.getBalances({ customerId: input.customerRef, accountId: input.accountRef }),
  ]);
  const available = balances.find((b) => b.currency === input.currency)?.amount ?? "0.00";
  return { access: customer.validation, product, available };
}

const toProvider = (e: unknown) => {
  if (isProviderError(e)) throw new AppError("PROVIDER", e.userMessage);
  throw e;
};

/** Asks WiseAlpha for a quote, checks its arithmetic and our refusal rules, and records the intent when it may go. */
export async function quoteOrder(actor: CurrentUser, input: QuoteOrderInput): Promise<QuoteView> {
  const ctx = await customerContext(input).catch(toProvider);
  const ref = { customerId: input.customerRef, accountId: input.accountRef };
  const quote = await getWiseAlphaClient()
    .quote({
      ...ref,
      ...(input.side === "BUY"
        ? {
            buys: [
              { productId: input.productId, type: input.orderType!, amount: input.amount, currency: input.currency, price: input.price },
            ],
          }
        : { sells: [{ productId: input.productId, amount: input.amount, currency: input.currency, price: input.price }] }),
    })
    .catch(toProvider);

  let figures: Record<string, string>;
  let problems: string[];
  let warnings: string[];
  if (input.side === "BUY") {
    const q = quote.buys[0];
    if (!q) throw new AppError("PROVIDER", "WiseAlpha's quote had no buy in it; try again.");
    figures = { principal: q.principal, interest: q.interest, total: q.total };
    problems = checkBuyQuote({
      type: input.orderType!,
      amount: input.amount,
      price: input.price,
      principal: q.principal,
      interest: q.interest,
      total: q.total,
    });
    warnings = q.warnings;
  } else {
    const q = quote.sells[0];
    if (!q) throw new AppError("PROVIDER", "WiseAlpha's quote had no sell in it; try again.");
    figures = { principal: q.principal, interest: q.interest, service_fee: q.service_fee, sale_fee: q.sale_fee, total: q.total };
    problems = checkSellQuote({
      amount: input.amount,
      price: input.price,
      principal: q.principal,
      interest: q.interest,
      serviceFee: q.service_fee,
      saleFee: q.sale_fee,
      total: q.total,
    });
    warnings = q.warnings;
  }
  const refusals = placementRefusals({
    side: input.side,
    access: ctx.access,
    product: ctx.product,
    currency: input.currency,
    total: input.side === "BUY" ? figures.total! : null,
    available: ctx.available,
  });
  const allWarnings = [...warnings, ...problems.map((p) => `The quote does not add up: ${p}.`)];

  let placementId: string | null = null;
  await getDb().$transaction(async (tx) => {
    if (refusals.length === 0) {
      const row = await tx.orderPlacement.create({
        data: {
          customerRef: input.customerRef,
          accountRef: input.accountRef,
          productId: input.productId,
          side: input.side,
          orderType: input.side === "BUY" ? input.orderType! : null,
          currency: input.currency,
          amount: input.amount,
          price: input.price,
          quote: { figures, warnings: allWarnings } as Prisma.InputJsonValue,
          actorId: actor.id,
        },
      });
      placementId = row.id;
    }
    await auditAs(
      tx,
      actor,
      "order.quoted",
      { type: "order_placement", id: placementId },
      { ...input, figures, warnings: allWarnings, refusals },
      refusals.length === 0 ? "SUCCESS" : "FAILURE",
    );
  });
  return { placementId, side: input.side, currency: input.currency, figures, warnings: allWarnings, refusals, available: ctx.available };
}

type Placement = Awaited<ReturnType<ReturnType<typeof getDb>["orderPlacement"]["findUniqueOrThrow"]>>;
const outcomeUnknown = (e: ProviderError) => ["server_error", "timeout", "network", "invalid_response"].includes(e.code);

/** Sends a quoted placement to WiseAlpha, once. */
export async function placeOrder(actor: CurrentUser, placementId: string) {
  const db = getDb();
  const placement = await db.orderPlacement.findUnique({ where: { id: placementId } });
  if (!placement) throw new AppError("NOT_FOUND", "This quote no longer exists; quote again.");
  // The person who saw the quote's figures and warnings is the one who submits it.
  if (placement.actorId !== actor.id) throw new AppError("FORBIDDEN", "This quote was made by someone else; quote again yourself.");
  if (placement.state !== "QUOTED") throw new AppError("CONFLICT", alreadyWord(placement));
  if (Date.now() - placement.createdAt.getTime() > QUOTE_TTL_MS)
    throw new AppError("CONFLICT", "This quote is older than 15 minutes; quote again.");
  // Access and cash may have changed since the quote: the rules are checked again right before sending.
  const ctx = await customerContext(placement).catch(toProvider);
  const total = (placement.quote as { figures?: { total?: string } }).figures?.total ?? null;
  const refusals = placementRefusals({
    side: placement.side,
    access: ctx.access,
    product: ctx.product,
    currency: placement.currency,
    total,
    available: ctx.available,
  });
  if (refusals.length > 0) throw new AppError("CONFLICT", refusals.join(" "));

  const request = requestOf(placement);
  const details = { placement: placementId, ...request };
  // The claim and the intent (ATTEMPTED) commit together before WiseAlpha is called: no order there without its audit.
  const claimed = await db.$transaction(async (tx) => {
    const moved = await tx.orderPlacement.updateMany({
      where: { id: placementId, state: "QUOTED" },
      data: { state: "SENDING", sentAt: new Date() },
    });
    if (moved.count === 1) await auditAs(tx, actor, "order.placed", { type: "order_placement", id: placementId }, details, "ATTEMPTED");
    return moved.count;
  });
  if (claimed === 0) throw new AppError("CONFLICT", "This order is already being sent.");
  let orders: WiseAlphaOrder[];
  try {
    const result = await getWiseAlphaClient().placeMarketOrder(request);
    orders = [...result.buy_orders, ...result.sell_orders];
  } catch (error) {
    if (!isProviderError(error)) throw error;
    const unknown = outcomeUnknown(error);
    await db.$transaction(async (tx) => {
      await tx.orderPlacement.update({
        where: { id: placementId },
        data: { state: unknown ? "UNKNOWN" : "FAILED", failureMessage: error.userMessage },
      });
      await auditAs(
        tx,
        actor,
        "order.placed",
        { type: "order_placement", id: placementId },
        { ...details, outcome_unknown: unknown, error: { code: error.code, status: error.status, message: error.userMessage } },
        "FAILURE",
      );
    });
    throw new AppError(
      "PROVIDER",
      unknown
        ? `${error.userMessage} WiseAlpha may or may not have placed the order: use "Check at WiseAlpha" before placing it again.`
        : error.userMessage,
    );
  }
  await recordPlaced(actor, placement, orders[0] ?? null, details).catch(async (error: unknown) => {
    (await getRequestLogger()).error({ err: error, placementId }, "WiseAlpha placed an order but recording it failed");
    // Best effort: UNKNOWN lets "Check at WiseAlpha" find the order instead of leaving the row SENDING.
    await db.orderPlacement.updateMany({ where: { id: placementId, state: "SENDING" }, data: { state: "UNKNOWN" } }).catch(() => undefined);
    throw new AppError("PROVIDER", mayAlreadyBeAppliedMessage("wisealpha", placementId));
  });
  return { placementId, orderId: orders[0]?.id ?? null, state: orders[0]?.state ?? null };
}

async function recordPlaced(actor: CurrentUser, placement: Placement, order: WiseAlphaOrder | null, details: Record<string, unknown>) {
  await getDb().$transaction(async (tx) => {
    await tx.orderPlacement.update({
      where: { id: placement.id },
      data: { state: "PLACED", providerOrderId: order?.id ?? null, failureMessage: null },
    });
    if (order)
      await applyProviderOrder(tx, {
        order,
        side: placement.side,
        customerRef: placement.customerRef,
        accountRef: placement.accountRef,
        seenAt: new Date(),
        actorId: actor.id,
      });
    await auditAs(
      tx,
      actor,
      "order.placed",
      { type: "order", id: order?.id ?? placement.id },
      { ...details, order_id: order?.id ?? null, state: order?.state ?? null },
    );
  });
}

/**
 * The retry path after a lost answer: looks among the account's open orders for ours. Found:
 * PLACED. Not found: back to QUOTED, so it can be sent again. (An order filled at once is no
 * longer open; WiseAlpha's buy-order.filled event then names it in the order history.)
 */
export async function checkPlacement(actor: CurrentUser, placementId: string) {
  const db = getDb();
  const placement = await db.orderPlacement.findUnique({ where: { id: placementId } });
  if (!placement) throw new AppError("NOT_FOUND", "No such placement.");
  if (placement.state !== "UNKNOWN") throw new AppError("CONFLICT", alreadyWord(placement));
  const side = placement.side === "BUY" ? "buy" : "sell";
  const since = (placement.sentAt ?? placement.createdAt).getTime() - 5_000;
  const linked = new Set(
    (await db.orderPlacement.findMany({ where: { providerOrderId: { not: null } }, select: { providerOrderId: true } })).map(
      (p) => p.providerOrderId,
    ),
  );
  const ref = { customerId: placement.customerRef, accountId: placement.accountRef };
  const client = getWiseAlphaClient();
  let match: WiseAlphaOrder | null = null;
  try {
    // Candidates: chains still open for this product, and chains WiseAlpha reported on since we
    // sent (an order can fill at once and never be listed as open). Each is read by its
    // original_id, which WiseAlpha keeps readable, so the original amount can be compared.
    const candidates = new Set<string>();
    for await (const order of client.iterateOrders(ref, side))
      if (order.product_id === placement.productId) candidates.add(order.original_id);
    for await (const event of client.iterateEvents({ customerId: placement.customerRef }))
      if (event.event_type.startsWith(`${side}-order.`) && Date.parse(event.created) >= since) {
        const data = event.data as { original_id?: unknown; investment?: { product_id?: unknown } };
        if (typeof data.original_id === "string" && data.investment?.product_id === placement.productId) candidates.add(data.original_id);
      }
    const fresh: WiseAlphaOrder[] = [];
    for (const originalId of candidates) {
      if (linked.has(originalId)) continue;
      const order = await client.getOrder({ ...ref, side, orderId: originalId }).catch(() => null);
      if (order && order.product_id === placement.productId && Date.parse(order.created) >= since) fresh.push(order);
    }
    // A read order shows what is left of it (a filled one shows 0), so the amount only
    // decides between several new chains; a single new chain for this product is ours.
    const asked = (o: WiseAlphaOrder) =>
      placement.side === "BUY" && placement.orderType === "principal" ? (o.principal ?? "0") : o.amount;
    match = fresh.find((o) => new Decimal(asked(o)).equals(placement.amount.toString())) ?? (fresh.length === 1 ? fresh[0]! : null);
  } catch (error) {
    toProvider(error);
  }
  if (match) {
    await recordPlaced(actor, placement, match, { placement: placementId, via: "check after a lost answer" });
    return { found: true, orderId: match.id };
  }
  await db.$transaction(async (tx) => {
    // Nothing was placed: the quote may be sent again, with a fresh 15 minutes to do it.
    await tx.orderPlacement.update({ where: { id: placementId }, data: { state: "QUOTED", failureMessage: null, createdAt: new Date() } });
    await auditAs(tx, actor, "order.placement_checked", { type: "order_placement", id: placementId }, { found: false });
  });
  return { found: false, orderId: null };
}

function requestOf(p: Placement) {
  const base = { customerId: p.customerRef, accountId: p.accountRef };
  const amount = p.amount.toFixed(2);
  const price = p.price.toString();
  return p.side === "BUY"
    ? { ...base, buys: [{ productId: p.productId, type: p.orderType as "gross" | "principal", amount, currency: p.currency, price }] }
    : { ...base, sells: [{ productId: p.productId, amount, currency: p.currency, price }] };
}

function alreadyWord(p: Placement) {
  switch (p.state) {
    case "PLACED":
      return `This order has already been placed (${p.providerOrderId ?? "see the customer's orders"}).`;
    case "SENDING":
      return "This order is being sent to WiseAlpha.";
    case "FAILED":
      return `WiseAlpha refused this order: ${p.failureMessage ?? "see the audit trail"}. Quote again.`;
    case "UNKNOWN":
      return 'WiseAlpha did not answer when this order was sent: use "Check at WiseAlpha" first.';
    default:
      return "This quote can be submitted.";
  }
}
