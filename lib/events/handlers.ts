import type { PrismaClient } from "@/generated/prisma/client";
import { onCashAvailable, onDivestAmountUpdate } from "@/lib/withdrawals/investsuite-event-handlers";
import { onOrderCancelled, onOrderFilled, onOrderPriceChange } from "@/lib/orders/wisealpha-order-events";

type TxClient = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export type HandledEvent = {
  id: bigint;
  provider: "INVESTSUITE" | "WISEALPHA" | "CASHLINK";
  type: string;
  payload: unknown;
};

/**
 * A handler applies one event to our areas inside the processing transaction, so
 * its changes and the event's PROCESSED status commit together. It must be
 * idempotent: a replay runs it again on the same event.
 */
export type EventHandler = (tx: TxClient, event: HandledEvent) => Promise<void>;

/** `PROVIDER:type` → handler. The onboarding and order-book issues add theirs here. */
export type HandlerRegistry = Record<string, EventHandler>;

export const EVENT_HANDLERS: HandlerRegistry = {
  "INVESTSUITE:portfolios.divest-amount-update": (tx, event) => onDivestAmountUpdate(tx, event),
  "INVESTSUITE:portfolios.cash-available-for-withdrawal": (tx, event) => onCashAvailable(tx, event),
  "WISEALPHA:buy-order.price-change": (tx, event) => onOrderPriceChange(tx, event),
  "WISEALPHA:buy-order.filled": (tx, event) => onOrderFilled(tx, event),
  "WISEALPHA:buy-order.cancelled": (tx, event) => onOrderCancelled(tx, event),
  "WISEALPHA:sell-order.price-change": (tx, event) => onOrderPriceChange(tx, event),
  "WISEALPHA:sell-order.filled": (tx, event) => onOrderFilled(tx, event),
  "WISEALPHA:sell-order.cancelled": (tx, event) => onOrderCancelled(tx, event),
  // The seed's event table says price-change, its section heading price_change: both are the same event.
  "WISEALPHA:buy-order.price_change": (tx, event) => onOrderPriceChange(tx, event),
  "WISEALPHA:sell-order.price_change": (tx, event) => onOrderPriceChange(tx, event),
};

export const handlerKey = (provider: HandledEvent["provider"], type: string) => `${provider}:${type}`;
