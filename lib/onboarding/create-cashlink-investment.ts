import "server-only";

import { randomUUID } from "node:crypto";

import type { CashlinkInvestmentRequest } from "@/generated/prisma/client";
import type { AuditAction } from "@/lib/audit/audit-types";
import { mayAlreadyBeAppliedMessage } from "@/lib/audit/audited-provider-write";
import { writeAudit } from "@/lib/audit/write-audit";
import type { CurrentUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { deriveChecklist } from "@/lib/onboarding/cashlink-checklist";
import type { CashlinkClient } from "@/lib/providers/cashlink/client";
import { isProviderError, type ProviderError } from "@/lib/providers/errors";
import { getCashlinkClient } from "@/lib/providers/server-clients";
import { getRequestLogger } from "@/lib/request-context";

import { latestStatusEvent } from "@/lib/onboarding/cashlink-event-handlers";

/** Derived from our row, never random: every attempt for one invitation sends the same key. */
export const cashlinkInvestmentKey = (requestId: string) => `bo-cashlink-investment-${requestId}`;
const walletKey = (request: Pick<CashlinkInvestmentRequest, "idempotencyKey">) => `${request.idempotencyKey}-wallet`;

/** Longer than the client's timeout and retries, so a live attempt is never overtaken; a crashed one frees up after it. */
export const SUBMIT_LEASE_MS = 90_000;

export type CreateInvestmentResult = {
  investmentId: string;
  status: string;
  walletId: string | null;
  /** Why the wallet could not be linked (the investment exists; retrying links it). */
  walletProblem: string | null;
};

type Deps = { cashlink?: CashlinkClient; now?: () => Date };

/**
 * Creates the Cashlink investment for an invitation, at most once. Our row (one per
 * invitation) is written before the call and the X-Idempotency-Key comes from it, so a
 * double click, a retry after a timeout and a retry after a crash all send the same
 * request, and Cashlink replays its first answer instead of creating a second investment.
 * The lease keeps two of our own attempts from running side by side.
 */
export async function createCashlinkInvestment(
  actor: CurrentUser,
  input: { invitationId: string; signedAt: Date },
  deps: Deps = {},
): Promise<CreateInvestmentResult> {
  const cashlink = deps.cashlink ?? getCashlinkClient();
  const now = deps.now ?? (() => new Date());
  const db = getDb();

  let request = await db.cashlinkInvestmentRequest.findUnique({ where: { invitationId: input.invitationId } });
  if (!request) request = await openRequest(actor, input, cashlink);
  if (request.state === "CREATED") return linkWallet(actor, request, cashlink);

  // The claim and the intent (ATTEMPTED) commit together before Cashlink is called.
  const claimed = await db.$transaction(async (tx) => {
    const moved = await tx.cashlinkInvestmentRequest.updateMany({
      where: {
        id: request.id,
        OR: [{ state: { in: ["PENDING", "FAILED"] } }, { state: "SUBMITTING", leaseUntil: { lt: now() } }],
      },
      data: { state: "SUBMITTING", leaseUntil: new Date(now().getTime() + SUBMIT_LEASE_MS), attempts: { increment: 1 } },
    });
    if (moved.count === 1)
      await audit(tx, actor, "cashlink_investment.created", "ATTEMPTED", request, { signedAt: request.signedAt.toISOString() });
    return moved;
  });
  if (claimed.count === 0) {
    const current = await db.cashlinkInvestmentRequest.findUniqueOrThrow({ where: { id: request.id } });
    if (current.state === "CREATED") return linkWallet(actor, current, cashlink);
    throw new AppError("CONFLICT", "This investment is being created right now (another click or another reviewer). Refresh in a moment.");
  }

  let investment;
  try {
    investment = await cashlink.createInvestmentFromInvitation({
      invitationId: request.invitationId,
      signedAt: request.signedAt.toISOString(),
      idempotencyKey: request.idempotencyKey,
    });
  } catch (error) {
    if (!isProviderError(error)) throw error;
    await recordFailure(actor, request, error);
    throw new AppError("PROVIDER", failureMessage(error));
  }

  const created = await db
    .$transaction(async (tx) => {
      // A status webhook may have landed before we knew the investment id; the newer of the two wins.
      const statusAt = investment.updated_at ? new Date(investment.updated_at) : now();
      const later = await latestStatusEvent(tx, investment.id);
      const status = later && later.at > statusAt ? later : { status: investment.status, at: statusAt };
      const row = await tx.cashlinkInvestmentRequest.update({
        where: { id: request.id },
        data: {
          state: "CREATED",
          leaseUntil: null,
          investmentId: investment.id,
          investmentStatus: status.status,
          investmentStatusAt: status.at,
          walletId: investment.wallet ?? null,
          lastError: null,
          lastErrorRetryable: null,
        },
      });
      await audit(tx, actor, "cashlink_investment.created", "SUCCESS", row, { investmentId: investment.id, status: investment.status });
      return row;
    })
    .catch(async (error: unknown) => {
      (await getRequestLogger()).error({ err: error, requestId: request.id }, "Cashlink created an investment but recording it failed");
      throw new AppError("PROVIDER", `${mayAlreadyBeAppliedMessage("cashlink", request.id)} ${RETRY_IS_KEYED}`);
    });
  return linkWallet(actor, created, cashlink);
}

/** Checks the invitation at Cashlink and writes our row (and its audit entry) before any write there. */
async function openRequest(actor: CurrentUser, input: { invitationId: string; signedAt: Date }, cashlink: CashlinkClient) {
  const invitation = await cashlink.getInvitation(input.invitationId).catch((error: unknown) => {
    if (isProviderError(error) && error.code === "not_found") throw new AppError("NOT_FOUND", "Cashlink has no invitation with this id.");
    if (isProviderError(error)) throw new AppError("PROVIDER", `${error.userMessage} Nothing was sent; try again.`);
    throw error;
  });
  const checklist = deriveChecklist(invitation, null);
  if (!checklist.readyToInvest) {
    throw new AppError("CONFLICT", `The investment cannot be created yet. ${checklist.blockers.join(" ")}`);
  }
  const id = randomUUID();
  try {
    return await getDb().$transaction(async (tx) => {
      const row = await tx.cashlinkInvestmentRequest.create({
        data: {
          id,
          invitationId: invitation.id,
          investorId: invitation.investor_id,
          campaignId: invitation.campaign_id,
          units: invitation.units,
          signedAt: input.signedAt,
          idempotencyKey: cashlinkInvestmentKey(id),
          requestedById: actor.id,
        },
      });
      await audit(tx, actor, "cashlink_investment.requested", "SUCCESS", row, { signedAt: input.signedAt.toISOString() });
      return row;
    });
  } catch (error) {
    // A concurrent click created the row first: use that one (and so its key).
    if ((error as { code?: string }).code !== "P2002") throw error;
    return getDb().cashlinkInvestmentRequest.findUniqueOrThrow({ where: { invitationId: input.invitationId } });
  }
}

/** The guide's last step: the investor's wallet on the investment, so it can be delivered. */
async function linkWallet(
  actor: CurrentUser,
  request: CashlinkInvestmentRequest,
  cashlink: CashlinkClient,
): Promise<CreateInvestmentResult> {
  const investmentId = request.investmentId!;
  const result = (walletId: string | null, walletProblem: string | null): CreateInvestmentResult => ({
    investmentId,
    status: request.investmentStatus ?? "UNKNOWN",
    walletId,
    walletProblem,
  });
  if (request.walletId) return result(request.walletId, null);
  let sent = false;
  try {
    const wallets = await cashlink.listWallets(request.investorId);
    const wallet = wallets[0];
    if (!wallet) return result(null, "The investor has no wallet at Cashlink yet; link one before the units can be delivered.");
    await audit(getDb(), actor, "cashlink_investment.wallet_linked", "ATTEMPTED", request, { investmentId, walletId: wallet.id });
    await cashlink.setInvestmentWallet(investmentId, wallet.id, { idempotencyKey: walletKey(request) });
    sent = true;
    await getDb().$transaction(async (tx) => {
      // Two concurrent attempts may both link (the same key, so Cashlink applies it once); only the first is recorded.
      const linked = await tx.cashlinkInvestmentRequest.updateMany({
        where: { id: request.id, walletId: null },
        data: { walletId: wallet.id },
      });
      if (linked.count === 1)
        await audit(tx, actor, "cashlink_investment.wallet_linked", "SUCCESS", request, { investmentId, walletId: wallet.id });
    });
    return result(wallet.id, null);
  } catch (error) {
    if (sent && !isProviderError(error)) {
      // Cashlink linked it, recording failed: say so (the ATTEMPTED row stays); the same key makes a retry harmless.
      (await getRequestLogger()).error({ err: error, requestId: request.id }, "Cashlink linked the wallet but recording it failed");
      return result(
        null,
        `${mayAlreadyBeAppliedMessage("cashlink", request.id)} Retrying sends the same idempotency key, so it links once.`,
      );
    }
    if (!isProviderError(error)) throw error;
    return result(null, `The investment exists, but linking the wallet failed: ${error.userMessage} Retry to link it.`);
  }
}

async function recordFailure(actor: CurrentUser, request: CashlinkInvestmentRequest, error: ProviderError) {
  await getDb().$transaction(async (tx) => {
    const row = await tx.cashlinkInvestmentRequest.update({
      where: { id: request.id },
      data: { state: "FAILED", leaseUntil: null, lastError: error.userMessage, lastErrorRetryable: error.retryable },
    });
    await audit(tx, actor, "cashlink_investment.failed", "FAILURE", row, {
      error: { code: error.code, status: error.status, message: error.userMessage },
    });
  });
}

/** Cashlink applies a repeated key once, so here (unlike plain writes) a retry is harmless. */
const RETRY_IS_KEYED = "Retrying sends the same idempotency key, so it cannot create a second investment.";

function failureMessage(error: ProviderError): string {
  return `Cashlink did not confirm the investment: ${error.userMessage} Retrying sends the same request with the same idempotency key, so it cannot create a second investment.`;
}

type AuditDb = Parameters<typeof writeAudit>[0];

async function audit(
  db: AuditDb,
  actor: CurrentUser,
  action: AuditAction,
  outcome: "SUCCESS" | "FAILURE" | "ATTEMPTED",
  request: CashlinkInvestmentRequest,
  details: Record<string, unknown>,
) {
  await writeAudit(db, {
    actorId: actor.id,
    actorEmail: actor.email,
    actorRole: actor.role,
    action,
    outcome,
    targetType: "cashlink_invitation",
    targetId: request.invitationId,
    details: { requestId: request.id, idempotencyKey: request.idempotencyKey, attempt: request.attempts, ...details },
  });
}
