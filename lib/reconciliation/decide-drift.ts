import "server-only";

import { auditAs } from "@/lib/audit/write-audit";
import type { CurrentUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { DecideDriftInput } from "@/lib/validations/reconciliation";

/**
 * A person's word on a drift item, with their reason: ACKNOWLEDGE keeps it watched (a later
 * run still updates or closes it), RESOLVE settles it. Only a live item (OPEN, or
 * ACKNOWLEDGED for a resolve) can be decided; the change and its audit entry commit together.
 */
export async function decideDrift(user: CurrentUser, input: DecideDriftInput) {
  const at = new Date();
  return getDb().$transaction(async (tx) => {
    const from = input.decision === "ACKNOWLEDGE" ? (["OPEN"] as const) : (["OPEN", "ACKNOWLEDGED"] as const);
    const data =
      input.decision === "ACKNOWLEDGE"
        ? { state: "ACKNOWLEDGED" as const, acknowledgedById: user.id, acknowledgedAt: at, acknowledgeReason: input.reason }
        : { state: "RESOLVED" as const, resolvedById: user.id, resolvedAt: at, resolution: input.reason };
    const { count } = await tx.driftItem.updateMany({ where: { id: input.id, state: { in: [...from] } }, data });
    if (count === 0) {
      const item = await tx.driftItem.findUnique({ where: { id: input.id }, select: { state: true } });
      if (!item) throw new AppError("NOT_FOUND", "This drift item does not exist.");
      throw new AppError(
        "CONFLICT",
        `This item is ${item.state.toLowerCase().replace("_", " ")} and cannot be ${input.decision === "ACKNOWLEDGE" ? "acknowledged" : "resolved"}; reload the page.`,
      );
    }
    await auditAs(
      tx,
      user,
      input.decision === "ACKNOWLEDGE" ? "drift.acknowledged" : "drift.resolved",
      { type: "DriftItem", id: input.id },
      { reason: input.reason },
    );
    return { id: input.id, state: data.state };
  });
}

/** An admin's on-demand run: queued here, run by the worker (a full run takes up to half a minute). */
export async function requestReconciliationRun(user: CurrentUser) {
  return getDb().$transaction(async (tx) => {
    const waiting = await tx.reconciliationRun.findFirst({ where: { status: { in: ["QUEUED", "RUNNING"] }, trigger: "ON_DEMAND" } });
    if (waiting) throw new AppError("CONFLICT", "A run is already queued or running; its figures appear here when it finishes.");
    const run = await tx.reconciliationRun.create({ data: { trigger: "ON_DEMAND", status: "QUEUED", requestedById: user.id } });
    await auditAs(tx, user, "reconciliation.run_requested", { type: "ReconciliationRun", id: run.id });
    return { runId: run.id };
  });
}
