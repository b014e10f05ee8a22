import { ApiError } from "./http-errors";
import type { Store } from "./store";
import type { Investment, InvestmentStatus, Investor } from "./types";
import type { WebhookDispatcher } from "./webhooks";

/** The documented success path; DELIVERED is the final success state. */
export const HAPPY_PATH: InvestmentStatus[] = ["KYC_PENDING", "REVIEW_PENDING", "WAITING_FOR_ACCEPTANCE", "ACCEPTED", "PAID", "DELIVERED"];

/**
 * Allowed moves. Cashlink lists the statuses but not the transitions, so these
 * follow each status's description (inference):
 *   - KYC_INSUFFICIENT only while KYC/review is open;
 *   - ABORTION (investor cancels the order) only before issuer acceptance;
 *   - REJECTION only while waiting for the issuer;
 *   - CANCELLATION (withdrawal within the cancellation period) any time before delivery;
 *   - PAYMENT_MISSING only once accepted and unpaid.
 */
export const TRANSITIONS: Record<InvestmentStatus, InvestmentStatus[]> = {
  KYC_PENDING: ["REVIEW_PENDING", "KYC_INSUFFICIENT", "ABORTION", "CANCELLATION"],
  REVIEW_PENDING: ["WAITING_FOR_ACCEPTANCE", "KYC_INSUFFICIENT", "ABORTION", "CANCELLATION"],
  WAITING_FOR_ACCEPTANCE: ["ACCEPTED", "REJECTION", "ABORTION", "CANCELLATION"],
  ACCEPTED: ["PAID", "PAYMENT_MISSING", "CANCELLATION"],
  PAID: ["DELIVERED", "CANCELLATION"],
  DELIVERED: [],
  KYC_INSUFFICIENT: [],
  ABORTION: [],
  REJECTION: [],
  CANCELLATION: [],
  PAYMENT_MISSING: [],
};

/** A new investment waits for KYC unless the investor is already identified. */
export function initialStatus(investor: Investor): InvestmentStatus {
  return investor.identifications.length > 0 ? "WAITING_FOR_ACCEPTANCE" : "KYC_PENDING";
}

export function nextOnHappyPath(status: InvestmentStatus): InvestmentStatus | undefined {
  const index = HAPPY_PATH.indexOf(status);
  return index >= 0 ? HAPPY_PATH[index + 1] : undefined;
}

/** Moves an investment to `to`, stamps the matching date and emits the webhook. 409 when not allowed. */
export function changeStatus(store: Store, webhooks: WebhookDispatcher, investment: Investment, to: InvestmentStatus, at = new Date()) {
  if (!TRANSITIONS[investment.status].includes(to)) {
    const allowed = TRANSITIONS[investment.status];
    throw new ApiError(409, {
      detail: `Investment ${investment.id} cannot move from ${investment.status} to ${to}. Allowed: ${allowed.length > 0 ? allowed.join(", ") : "none (final status)"}.`,
    });
  }
  if (to === "DELIVERED" && !investment.wallet) {
    throw new ApiError(409, { detail: `Investment ${investment.id} has no wallet; set "wallet" before the securities can be delivered.` });
  }
  const iso = at.toISOString();
  if (to === "ACCEPTED") investment.accepted_at ??= iso;
  if (to === "PAID") investment.paid_at ??= iso;
  if (to === "DELIVERED") investment.delivered_at = iso;
  investment.status = to;
  investment.status_changed_at = iso;
  investment.updated_at = iso;
  store.changed();
  webhooks.emit({ investment_id: investment.id, status: to, changed_at: iso });
}
