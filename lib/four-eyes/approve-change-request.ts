import "server-only";

import { FOUR_EYES_POLICY } from "@/lib/auth/four-eyes-policy";
import type { CurrentUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { getRequestLogger } from "@/lib/request-context";
import type { ChangeKindWithPayload } from "@/lib/validations/four-eyes";

import { audit, lock, markExpired, notPendingMessage } from "./change-requests";
import { assertEligibleApprover, auditingRefusals } from "./eligibility";
import { CHANGE_KINDS, isChangeKind, parsePayload, type ExecutionContext } from "./kinds";

/** An executor's own refusal (e.g. the email was taken meanwhile): the request becomes FAILED with that message. */
class ExecutorRefused extends Error {
  constructor(readonly cause: AppError) {
    super(cause.message);
  }
}

const UNKNOWN_OUTCOME =
  "The change was approved but the provider's answer was lost; it may already have been applied. Check at the provider before asking again.";

export type Approved = { state: "EXECUTED" | "FAILED"; result?: Record<string, unknown>; error?: string };

/**
 * The second person approves. Inside one transaction (request row locked): still
 * pending and not expired, the approver eligible (lib/four-eyes/eligibility.ts), then
 * for DB-only kinds the change itself, its audit entries and EXECUTED. For provider
 * kinds the approval is committed first as the intent (APPROVED, audited), the
 * provider is called through the existing domain function, and the outcome is
 * recorded after; a crash in between leaves APPROVED on record, never a silent change.
 */
export async function approveChange(approver: CurrentUser, changeRequestId: string): Promise<Approved> {
  const step = await auditingRefusals(approver, () =>
    getDb()
      .$transaction(async (tx) => {
        const request = await lock(tx, changeRequestId);
        if (request.state !== "PENDING") throw new AppError("CONFLICT", notPendingMessage(request));
        if (request.expiresAt <= new Date()) {
          await markExpired(tx, request);
          return { expired: true as const };
        }
        if (!isChangeKind(request.kind)) throw new AppError("CONFLICT", `Unknown kind of change (${request.kind}); it cannot be approved.`);
        const kind = request.kind as ChangeKindWithPayload;
        const definition = CHANGE_KINDS[kind];
        const payload = parsePayload(kind, request.payload);
        await assertEligibleApprover(tx, approver, {
          attempted: `approve:${kind}`,
          approvePermission: FOUR_EYES_POLICY[kind].approve,
          requesterIds: [request.requestedById],
          subjectUserId: definition.subjectUserId?.(payload as never) ?? null,
          requesterMessage: "You asked for this change, so another person must approve it (four-eyes rule).",
          target: { type: "change_request", id: request.id },
        });
        const ctx: ExecutionContext = { approver, requestedById: request.requestedById, changeRequestId: request.id };
        const decided = { decidedById: approver.id, decidedAt: new Date() };
        if (definition.mode === "db") {
          let result: Record<string, unknown>;
          try {
            result = await definition.execute(tx, ctx, payload as never);
          } catch (error) {
            throw error instanceof AppError ? new ExecutorRefused(error) : error;
          }
          await tx.changeRequest.update({ where: { id: request.id }, data: { ...decided, state: "EXECUTED", result: result as object } });
          await audit(tx, approver, request, "change_request.executed", "SUCCESS", { result });
          return { executed: result };
        }
        await tx.changeRequest.update({ where: { id: request.id }, data: { ...decided, state: "APPROVED" } });
        await audit(tx, approver, request, "change_request.approved", "SUCCESS", { values: definition.describe(payload as never).values });
        return { atProvider: () => definition.execute(ctx, payload as never) };
      })
      .catch(async (error: unknown) => {
        if (!(error instanceof ExecutorRefused)) throw error;
        await recordFailure(approver, changeRequestId, error.cause.message, "PENDING");
        return { failed: error.cause.message };
      }),
  );

  if ("expired" in step) throw new AppError("CONFLICT", "This change request has expired; ask again if it is still needed.");
  if ("failed" in step) return { state: "FAILED", error: step.failed };
  if ("executed" in step) return { state: "EXECUTED", result: step.executed };

  let result: Record<string, unknown>;
  try {
    result = await step.atProvider();
  } catch (error) {
    const message = error instanceof AppError ? error.message : UNKNOWN_OUTCOME;
    if (!(error instanceof AppError))
      (await getRequestLogger()).error({ err: error, changeRequestId }, "approved change failed at the provider");
    await recordFailure(approver, changeRequestId, message, "APPROVED");
    return { state: "FAILED", error: message };
  }
  await getDb().$transaction(async (tx) => {
    const request = await lock(tx, changeRequestId);
    await tx.changeRequest.update({ where: { id: request.id }, data: { state: "EXECUTED", result: result as object } });
    await audit(tx, approver, request, "change_request.executed", "SUCCESS", { result });
  });
  return { state: "EXECUTED", result };
}

/** FAILED with the message the person saw, audited; only from the state the failure happened in. */
async function recordFailure(approver: CurrentUser, changeRequestId: string, message: string, from: "PENDING" | "APPROVED") {
  await getDb().$transaction(async (tx) => {
    const request = await lock(tx, changeRequestId);
    if (request.state !== from) return;
    await tx.changeRequest.update({
      where: { id: request.id },
      data: { state: "FAILED", error: message, decidedById: approver.id, decidedAt: request.decidedAt ?? new Date() },
    });
    await audit(tx, approver, request, "change_request.failed", "FAILURE", { error: message });
  });
}
