import "server-only";

import { randomUUID } from "node:crypto";

import type { Provider } from "@/generated/prisma/enums";
import { writeAudit } from "@/lib/audit/write-audit";
import type { CurrentUser } from "@/lib/auth/session";
import { getDb, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { actorOf } from "@/lib/audit/audit-context";

import { refreshCustomerSummaries } from "./refresh-summaries";

const audit = (
  tx: Tx,
  user: CurrentUser,
  action: "customer.link_confirmed" | "customer.link_rejected" | "customer.unlinked",
  customerId: string,
  details: Record<string, unknown>,
) =>
  writeAudit(tx, {
    action,
    outcome: "SUCCESS",
    ...actorOf(user),
    targetType: "customer",
    targetId: customerId,
    details,
  });

/** Locks the suggestion row so two reviewers deciding at once cannot both act on it. */
async function lockOpenMatch(tx: Tx, matchId: string) {
  const rows = await tx.$queryRawUnsafe<{ id: string }[]>(`SELECT "id" FROM "CustomerMatch" WHERE "id" = $1 FOR UPDATE`, matchId);
  const match = rows.length ? await tx.customerMatch.findUnique({ where: { id: matchId } }) : null;
  if (!match) throw new AppError("NOT_FOUND", "This suggestion no longer exists.");
  if (match.state !== "OPEN") throw new AppError("CONFLICT", `This suggestion was already ${match.state.toLowerCase()}.`);
  return match;
}

/**
 * Confirms a suggestion (or, deliberately, a conflict): the person leaves the customer they
 * were alone in and joins the suggested one, with who confirmed it and why.
 */
export async function confirmMatch(user: CurrentUser, matchId: string, reason: string) {
  return getDb().$transaction(async (tx) => {
    const match = await lockOpenMatch(tx, matchId);
    const taken = await tx.customerLink.findUnique({
      where: { customerId_provider: { customerId: match.customerId, provider: match.provider } },
    });
    if (taken) throw new AppError("CONFLICT", `This customer already has a ${match.provider} person; unlink it first.`);
    const previous = await tx.customerLink.findUnique({
      where: { provider_providerId: { provider: match.provider, providerId: match.providerId } },
    });
    if (previous) await tx.customerLink.delete({ where: { id: previous.id } });
    await tx.customerLink.create({
      data: {
        customerId: match.customerId,
        provider: match.provider,
        providerId: match.providerId,
        method: "CONFIRMED_SUGGESTION",
        confirmedById: user.id,
        reason,
      },
    });
    await tx.customerMatch.update({
      where: { id: match.id },
      data: { state: "CONFIRMED", decidedById: user.id, decidedAt: new Date(), reason },
    });
    await refreshCustomerSummaries(tx, [match.customerId, ...(previous ? [previous.customerId] : [])]);
    await audit(tx, user, "customer.link_confirmed", match.customerId, {
      matchId,
      kind: match.kind,
      provider: match.provider,
      providerId: match.providerId,
      from: previous?.customerId ?? null,
      reason,
    });
    return { customerId: match.customerId };
  });
}

/** Rejects a suggestion; the pair is never suggested or linked again (lib/customers/plan-links.ts). */
export async function rejectMatch(user: CurrentUser, matchId: string, reason: string) {
  return getDb().$transaction(async (tx) => {
    const match = await lockOpenMatch(tx, matchId);
    await tx.customerMatch.update({
      where: { id: match.id },
      data: { state: "REJECTED", decidedById: user.id, decidedAt: new Date(), reason },
    });
    await audit(tx, user, "customer.link_rejected", match.customerId, {
      matchId,
      kind: match.kind,
      provider: match.provider,
      providerId: match.providerId,
      reason,
    });
    return { customerId: match.customerId };
  });
}

/**
 * Takes one provider's person out of a customer: they become a customer of their own, and
 * the pair is recorded as rejected so the next sync does not link it back by number.
 */
export async function unlinkPerson(user: CurrentUser, customerId: string, provider: Provider, reason: string) {
  return getDb().$transaction(async (tx) => {
    await tx.$queryRawUnsafe(`SELECT "id" FROM "Customer" WHERE "id" = $1 FOR UPDATE`, customerId);
    const link = await tx.customerLink.findUnique({ where: { customerId_provider: { customerId, provider } } });
    if (!link) throw new AppError("NOT_FOUND", `This customer has no ${provider} person to unlink.`);
    const own = await tx.customer.create({ data: { id: `cus_${randomUUID()}`, displayName: "" } });
    await tx.customerLink.update({
      where: { id: link.id },
      data: { customerId: own.id, method: "FIRST_SEEN", confirmedById: user.id, reason },
    });
    const pair = { customerId_provider_providerId: { customerId, provider, providerId: link.providerId } };
    const decided = { state: "REJECTED" as const, decidedById: user.id, decidedAt: new Date(), reason };
    await tx.customerMatch.upsert({
      where: pair,
      update: decided,
      create: {
        customerId,
        provider,
        providerId: link.providerId,
        kind: "CONFLICT",
        detail: { reason: "Unlinked by a reviewer", with: [] },
        ...decided,
      },
    });
    await refreshCustomerSummaries(tx, [customerId, own.id]);
    await audit(tx, user, "customer.unlinked", customerId, {
      provider,
      providerId: link.providerId,
      method: link.method,
      newCustomerId: own.id,
      reason,
    });
    return { customerId, newCustomerId: own.id };
  });
}
