import Decimal from "decimal.js";

import type { Db } from "@/lib/db/create-client";
import { isProviderError } from "@/lib/providers/errors";
import type { InvestSuiteClient } from "@/lib/providers/investsuite/client";
import type { RequestContext } from "@/lib/request-context";

import { needsFourEyes, wireAmount } from "./amount-rules";
import { beginSend, failSend, retrySendLater, type SendOutcome } from "./execution-lease";
import { logger } from "@/lib/logger";
import { recordDepositTransition } from "./record-transition";

export type SendDepositDeps = {
  db: Db;
  investSuite: Pick<InvestSuiteClient, "postDepositEvent">;
  /** The worker's own DEPOSIT_FOUR_EYES_ABOVE: a row above it without an approver is never sent. */
  fourEyesAbove?: string;
  maxAttempts?: number;
  /** Who runs it: the worker's job context (lib/audit/audit-context.ts). */
  context?: RequestContext;
  now?: () => Date;
  /** Test hook: runs right after the provider call, to prove a crash there funds once. */
  afterSend?: () => Promise<void>;
};

/**
 * Sends a ready deposit to InvestSuite, safely re-runnable at any point:
 * 1. READY_TO_SEND → SENDING under the lease (or resume a SENDING one after a crash);
 * 2. POST /events/deposit/ with the deposit's own Idempotency-Key (a repeat is a replay);
 * 3. SENT with InvestSuite's transfer id. A 4xx fails it with InvestSuite's message; 5xx and
 *    timeouts retry later with the same key.
 */
export async function sendDeposit(deps: SendDepositDeps, depositId: string): Promise<SendOutcome> {
  const { db } = deps;
  const now = deps.now ?? (() => new Date());
  const deposit = await beginSend(db, depositId, now(), deps.context);
  if (!deposit) return "skipped";

  // Defence in depth: the web app decided whether a second person was needed; the worker refuses
  // a row that says it needed one and has none, or that is above the worker's own threshold without one.
  const unapproved =
    deposit.approvedById === null &&
    (deposit.requiresApproval || (deps.fourEyesAbove !== undefined && needsFourEyes(deposit.amount.toFixed(), deps.fourEyesAbove)));
  if (unapproved) return failSend(db, deposit.id, "Not sent: this deposit needs a second person's approval and has none.", deps.context);

  try {
    const transfer = await deps.investSuite.postDepositEvent(
      {
        portfolioId: deposit.portfolioRef,
        amount: wireAmount(new Decimal(deposit.amount.toString())),
        currency: deposit.currency,
        externalId: deposit.bankReference,
      },
      deposit.idempotencyKey,
    );
    await deps.afterSend?.();
    // Seed 000 documents no response body, so its id is kept only when there is one (the sandbox gives it).
    const transferId = transfer && typeof transfer.id === "string" ? transfer.id : null;
    await db.$transaction((tx) =>
      recordDepositTransition(tx, deposit.id, "SENDING", "SENT", {
        context: deps.context,
        data: { sentAt: now(), providerTransferId: transferId, failureMessage: null, nextExecutionAt: null },
        details: { transferId, idempotencyKey: deposit.idempotencyKey, attempt: deposit.executionAttempts },
      }),
    );
    return "sent";
  } catch (error) {
    if (isProviderError(error) && !error.retryable) return failSend(db, deposit.id, error.userMessage, deps.context);
    // Said to the person in words below; the cause itself goes to the log for whoever looks into it.
    if (!isProviderError(error))
      logger.warn({ err: error, depositId: deposit.id }, "deposit send interrupted; it resumes with the same key");
    const message = isProviderError(error)
      ? error.userMessage
      : "Sending was interrupted; it resumes with the same Idempotency-Key, so InvestSuite cannot fund twice.";
    return retrySendLater(db, deposit.id, deposit.executionAttempts, deps.maxAttempts ?? 8, now(), message, deps.context);
  }
}
