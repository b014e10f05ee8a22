import { onCashAvailable, onDivestAmountUpdates } from "@/lib/withdrawals/investsuite-event-handlers";
import { onAssessmentStatusUpdate, onProfileLinked } from "@/lib/onboarding/assessment-event-handlers";
import { onCashlinkInvestmentStatusChanged } from "@/lib/onboarding/cashlink-event-handlers";
import { onWiseAlphaAccountEvents } from "@/lib/onboarding/wisealpha-event-handlers";
import { onOrderCancelled, onOrderFilled, onOrderPriceChanges } from "@/lib/orders/wisealpha-order-events";
import { onInvestmentPayment, onRobowiseClosed } from "@/lib/wisealpha-accounts/payment-events";
import type { Tx } from "@/lib/db";

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
export type EventHandler = (tx: Tx, event: HandledEvent) => Promise<void>;

/**
 * A set-based handler (#19): applies many events of one type in a few statements, with the same
 * effect as applying them one by one. The batch gives it events of distinct entities (at most one
 * per portfolio, customer or order: see process-batch.ts), so it never orders two events of one
 * entity itself. If it throws, the batch undoes it and runs the events one at a time (each a set
 * of one, under its own savepoint), so the failing event is found and recorded like any other failure.
 */
export type SetHandler = { many: (tx: Tx, events: HandledEvent[]) => Promise<void> };

/** `PROVIDER:type` → handler. The onboarding and order-book issues add theirs here. */
export type HandlerRegistry = Record<string, EventHandler | SetHandler>;

/** Runs any handler on one event: a set-based one with a set of one, so there is one implementation. */
export const handleOne = (handler: EventHandler | SetHandler, tx: Tx, event: HandledEvent) =>
  typeof handler === "function" ? handler(tx, event) : handler.many(tx, [event]);

// One object per set-based handler: the batch groups events by handler, so all account events (or
// both order sides) share one set.
const divestAmountUpdates: SetHandler = { many: (tx, events) => onDivestAmountUpdates(tx, events) };
const wiseAlphaAccountEvents: SetHandler = { many: (tx, events) => onWiseAlphaAccountEvents(tx, events) };
const orderPriceChanges: SetHandler = { many: (tx, events) => onOrderPriceChanges(tx, events) };

export const EVENT_HANDLERS: HandlerRegistry = {
  "INVESTSUITE:portfolios.divest-amount-update": divestAmountUpdates,
  "INVESTSUITE:portfolios.cash-available-for-withdrawal": (tx, event) => onCashAvailable(tx, event),
  "CASHLINK:investment.status_changed": (tx, event) => onCashlinkInvestmentStatusChanged(tx, event),
  "INVESTSUITE:assessments.assessment-status-update": (tx, event) => onAssessmentStatusUpdate(tx, event),
  "INVESTSUITE:portfolios.profile-created-for-portfolio": (tx, event) => onProfileLinked(tx, event),
  "INVESTSUITE:portfolios.profile-updated-for-portfolio": (tx, event) => onProfileLinked(tx, event),
  "WISEALPHA:account.aml-check-passed": wiseAlphaAccountEvents,
  "WISEALPHA:account.aml-check-failed": wiseAlphaAccountEvents,
  "WISEALPHA:account.identity-documents-verified": wiseAlphaAccountEvents,
  "WISEALPHA:account.document-rejected": wiseAlphaAccountEvents,
  "WISEALPHA:account.additional-document-required": wiseAlphaAccountEvents,
  "WISEALPHA:account.bank-details-rejected": wiseAlphaAccountEvents,
  "WISEALPHA:account.investor-type-approved": wiseAlphaAccountEvents,
  "WISEALPHA:account.bank-transfer-credited": wiseAlphaAccountEvents,
  "WISEALPHA:buy-order.price-change": orderPriceChanges,
  "WISEALPHA:buy-order.filled": (tx, event) => onOrderFilled(tx, event),
  "WISEALPHA:buy-order.cancelled": (tx, event) => onOrderCancelled(tx, event),
  "WISEALPHA:sell-order.price-change": orderPriceChanges,
  "WISEALPHA:sell-order.filled": (tx, event) => onOrderFilled(tx, event),
  "WISEALPHA:sell-order.cancelled": (tx, event) => onOrderCancelled(tx, event),
  // The seed's event table says price-change, its section heading price_change: both are the same event.
  "WISEALPHA:buy-order.price_change": orderPriceChanges,
  "WISEALPHA:sell-order.price_change": orderPriceChanges,
  "WISEALPHA:investment.payment": (tx, event) => onInvestmentPayment(tx, event),
  "WISEALPHA:investment.repayment": (tx, event) => onInvestmentPayment(tx, event),
  "WISEALPHA:investment.partial_repayment": (tx, event) => onInvestmentPayment(tx, event),
  "WISEALPHA:robowise.closed": (tx, event) => onRobowiseClosed(tx, event),
};

export const handlerKey = (provider: HandledEvent["provider"], type: string) => `${provider}:${type}`;
