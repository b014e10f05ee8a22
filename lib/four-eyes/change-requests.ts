import "server-only";

import type { ChangeRequest } from "@/generated/prisma/client";
import type { AuditAction } from "@/lib/audit/audit-types";
import { appendAudit } from "@/lib/audit/append-audit";
import { writeAudit } from "@/lib/audit/write-audit";
import { FOUR_EYES_POLICY } from "@/lib/auth/four-eyes-policy";
import { hasPermission } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/session";
import { getDb, type Tx } from "@/lib/db";
import { lockRowOrThrow } from "@/lib/db/lock-row";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { ChangeKindWithPayload, PayloadOf, RejectChangeRequestInput } from "@/lib/validations/four-eyes";

import { CHANGE_KINDS, isChangeKind, parsePayload, type Closed } from "./kinds";
import { actorOf } from "@/lib/audit/audit-context";

/**
 * Pending changes (four eyes): a sensitive action files a request; another eligible
 * person approves it (approve-change-request.ts) or rejects it; the requester may
 * cancel it; nobody deciding lets it expire. Every transition is audited in the
 * transaction that makes it.
 */

export type Filed = { status: "pending"; changeRequestId: string; summary: string };

export async function requestChange<K extends ChangeKindWithPayload>(actor: CurrentUser, kind: K, input: PayloadOf<K>): Promise<Filed> {
  return getDb().$transaction((tx) => fileChange(tx, actor, kind, input));
}

/**
 * requestChange inside the caller's transaction, for an action whose own record must
 * commit with the request (e.g. the onboarding case's timeline entry and row lock).
 */
export async function fileChange<K extends ChangeKindWithPayload>(
  tx: Tx,
  actor: CurrentUser,
  kind: K,
  input: PayloadOf<K>,
): Promise<Filed> {
  const rule = FOUR_EYES_POLICY[kind];
  if (!hasPermission(actor.role, rule.request)) {
    throw new AppError("FORBIDDEN", `Your role (${actor.role}) does not allow this (${rule.request}).`);
  }
  const payload = parsePayload(kind, input);
  const shown = CHANGE_KINDS[kind].describe(payload as never);
  const now = new Date();
  // One open request per kind and target: a second click or a second admin asking again adds nothing.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`${kind}:${shown.target.id}`}))`;
  const open = await tx.changeRequest.findFirst({ where: { kind, targetId: shown.target.id, state: "PENDING", expiresAt: { gt: now } } });
  if (open) throw new AppError("CONFLICT", `A request to ${lowerFirst(open.summary)} is already waiting for approval.`);
  const request = await tx.changeRequest.create({
    data: {
      kind,
      payload: payload as object,
      summary: shown.summary,
      targetType: shown.target.type,
      targetId: shown.target.id,
      requestedById: actor.id,
      expiresAt: new Date(now.getTime() + getEnv().FOUR_EYES_REQUEST_EXPIRY_HOURS * 3_600_000),
    },
  });
  await audit(tx, actor, request, "change_request.requested", "SUCCESS", { values: shown.values });
  return { status: "pending", changeRequestId: request.id, summary: shown.summary };
}

/** A person who could approve it (approve permission, not the requester) turns it down with a reason. */
export async function rejectChange(actor: CurrentUser, input: RejectChangeRequestInput) {
  return getDb().$transaction(async (tx) => {
    const request = await lockPending(tx, input.changeRequestId);
    if (request.requestedById === actor.id) throw new AppError("CONFLICT", "You asked for this change; cancel it instead of rejecting it.");
    const rule = FOUR_EYES_POLICY[request.kind as ChangeKindWithPayload];
    if (!hasPermission(actor.role, rule.approve)) {
      throw new AppError("FORBIDDEN", `Your role (${actor.role}) may not decide this (${rule.approve}).`);
    }
    await close(tx, actor, request, "REJECTED", "change_request.rejected", { reason: input.reason, decidedById: actor.id });
  });
}

/** Only the requester withdraws their own pending request. */
export async function cancelChange(actor: CurrentUser, changeRequestId: string) {
  return getDb().$transaction(async (tx) => {
    const request = await lockPending(tx, changeRequestId);
    if (request.requestedById !== actor.id) throw new AppError("FORBIDDEN", "Only the person who asked for this change can cancel it.");
    await close(tx, actor, request, "CANCELLED", "change_request.cancelled", {});
  });
}

/** Marks every pending request past its expiry EXPIRED (audited, no actor: time decided it). */
export async function expireStale(now = new Date()) {
  const stale = await getDb().changeRequest.findMany({ where: { state: "PENDING", expiresAt: { lte: now } }, select: { id: true } });
  for (const { id } of stale) {
    await getDb().$transaction(async (tx) => {
      const request = await lock(tx, id);
      if (request.state === "PENDING" && request.expiresAt <= now) await markExpired(tx, request);
    });
  }
}

export async function markExpired(tx: Tx, request: ChangeRequest) {
  await tx.changeRequest.update({ where: { id: request.id }, data: { state: "EXPIRED" } });
  await appendAudit(tx, {
    action: "change_request.expired",
    outcome: "SUCCESS",
    targetType: "change_request",
    targetId: request.id,
    details: { kind: request.kind, summary: request.summary, expiresAt: request.expiresAt.toISOString() },
  });
  await notifyClosed(tx, request, { state: "EXPIRED", by: null, reason: null, changeRequestId: request.id });
}

export async function lock(tx: Tx, id: string) {
  await lockRowOrThrow(tx, "ChangeRequest", id, "That change request does not exist.");
  return tx.changeRequest.findUniqueOrThrow({ where: { id } });
}

async function lockPending(tx: Tx, id: string) {
  const request = await lock(tx, id);
  if (request.state !== "PENDING") throw new AppError("CONFLICT", notPendingMessage(request));
  if (request.expiresAt <= new Date()) throw new AppError("CONFLICT", "This change request has expired; ask again if it is still needed.");
  return request;
}

export function notPendingMessage(request: ChangeRequest) {
  return `This change request is ${request.state.toLowerCase()} and can no longer be decided.`;
}

async function close(
  tx: Tx,
  actor: CurrentUser,
  request: ChangeRequest,
  state: "REJECTED" | "CANCELLED",
  action: AuditAction,
  data: { reason?: string; decidedById?: string },
) {
  await tx.changeRequest.update({ where: { id: request.id }, data: { state, decidedAt: new Date(), ...data } });
  await audit(tx, actor, request, action, "SUCCESS", data.reason ? { reason: data.reason } : {});
  await notifyClosed(tx, request, { state, by: actor, reason: data.reason ?? null, changeRequestId: request.id });
}

/** The kind's own record that the change will not happen (e.g. on a case timeline), in the same transaction. */
async function notifyClosed(tx: Tx, request: ChangeRequest, closed: Closed) {
  if (!isChangeKind(request.kind)) return;
  const kind = request.kind as ChangeKindWithPayload;
  await CHANGE_KINDS[kind].onClosed?.(tx, closed, parsePayload(kind, request.payload) as never);
}

export async function audit(
  tx: Tx,
  actor: CurrentUser,
  request: ChangeRequest,
  action: AuditAction,
  outcome: "SUCCESS" | "FAILURE",
  details: Record<string, unknown>,
) {
  await writeAudit(tx, {
    ...actorOf(actor),
    action,
    outcome,
    targetType: "change_request",
    targetId: request.id,
    details: {
      kind: request.kind,
      summary: request.summary,
      requestedById: request.requestedById,
      target: { type: request.targetType, id: request.targetId },
      ...details,
    },
  });
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
