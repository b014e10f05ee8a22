import { onCashAvailable, onDivestAmountUpdate } from "@/lib/withdrawals/investsuite-event-handlers";
import { onAssessmentStatusUpdate, onProfileLinked } from "@/lib/onboarding/assessment-event-handlers";
import { onCashlinkInvestmentStatusChanged } from "@/lib/onboarding/cashlink-event-handlers";
import { onWiseAlphaAccountEvent } from "@/lib/onboarding/wisealpha-event-handlers";
import { onOrderCancelled, onOrderFilled, onOrderPriceChange } from "@/lib/orders/wisealpha-order-events";
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

/** `PROVIDER:type` → handler. The onboarding and order-book issues add theirs here. */
export type HandlerRegistry = Record<string, EventHandler>;

export const EVENT_HANDLERS: HandlerRegistry = {
  "INVESTSUITE:portfolios.divest-amount-update": (tx, event) => onDivestAmountUpdate(tx, event),
  "INVESTSUITE:portfolios.cash-available-for-withdrawal": (tx, event) => onCashAvailable(tx, event),
  "CASHLINK:investment.status_changed": (tx, event) => onCashlinkInvestmentStatusChanged(tx, event),
  "INVESTSUITE:assessments.assessment-status-update": (tx, event) => onAssessmentStatusUpdate(tx, event),
  "INVESTSUITE:portfolios.profile-created-for-portfolio": (tx, event) => onProfileLinked(tx, event),
  "INVESTSUITE:portfolios.profile-updated-for-portfolio": (tx, event) => onProfileLinked(tx, event),
  "WISEALPHA:account.aml-check-passed": (tx, event) => onWiseAlphaAccountEvent(tx, event),
  "WISEALPHA:account.aml-check-failed": (tx, event) => onWiseAlphaAccountEvent(tx, event),
  "WISEALPHA:account.identity-documents-verified": (tx, event) => onWiseAlphaAccountEvent(tx, event),
  "WISEALPHA:account.document-rejected": (tx, event) => onWiseAlphaAccountEvent(tx, event),
  "WISEALPHA:account.additional-document-required": (tx, event) => onWiseAlphaAccountEvent(tx, event),
  "WISEALPHA:account.bank-details-rejected": (tx, event) => onWiseAlphaAccountEvent(tx, event),
  "WISEALPHA:account.investor-type-approved": (tx, event) => onWiseAlphaAccountEvent(tx, event),
  "WISEALPHA:account.bank-transfer-credited": (tx, event) => onWiseAlphaAccountEvent(tx, event),
  "WISEALPHA:buy-order.price-change": (tx, event) => onOrderPriceChange(tx, event),
  "WISEALPHA:buy-order.filled": (tx, event) => onOrderFilled(tx, event),
  "WISEALPHA:buy-order.cancelled": (tx, event) => onOrderCancelled(tx, event),
  "WISEALPHA:sell-order.price-change": (tx, event) => onOrderPriceChange(tx, event),
  "WISEALPHA:sell-order.filled": (tx, event) => onOrderFilled(tx, event),
  "WISEALPHA:sell-order.cancelled": (tx, event) => onOrderCancelled(tx, event),
  // The seed's event table says price-change, its section heading price_change: both are the same event.
  "WISEALPHA:buy-order.price_change": (tx, event) => onOrderPriceChange(tx, event),
  "WISEALPHA:sell-order.price_change": (tx, event) => onOrderPriceChange(tx, event),
  "WISEALPHA:investment.payment": (tx, event) => onInvestmentPayment(tx, event),
  "WISEALPHA:investment.repayment": (tx, event) => onInvestmentPayment(tx, event),
  "WISEALPHA:investment.partial_repayment": (tx, event) => onInvestmentPayment(tx, event),
  "WISEALPHA:robowise.closed": (tx, event) => onRobowiseClosed(tx, event),
};

export const handlerKey = (provider: HandledEvent["provider"], type: string) => `${provider}:${type}`;
