import "server-only";

import type { WithdrawalState } from "@/generated/prisma/enums";
import { getDb } from "@/lib/db";
import { FULL_WITHDRAWAL_MARKER } from "@/lib/format/money";
import { isProviderError } from "@/lib/providers/errors";
import { getInvestSuiteClient, getWiseAlphaClient } from "@/lib/providers/server-clients";
import { getRequestLogger } from "@/lib/request-context";

import { formatDivestAmount, holdingRows, type HoldingRow } from "../portfolios/portfolio-detail-format";
import { formatAge, formatWithdrawalAmount, slaTone } from "./withdrawal-format";

/** One line of the timeline: a state change, or a person's step that changes no state (prepare, a partial approval). */
export type TimelineEntry = {
  key: string;
  at: string;
  kind: "transition" | "prepared" | "approval";
  fromState: WithdrawalState | null;
  toState: WithdrawalState | null;
  actorEmail: string | null;
  reason: string | null;
  eventId: string | null;
  details: Record<string, unknown>;
};

export type ProviderView =
  | { kind: "found"; name: string; status: string; divestAmount: string; holdings: HoldingRow[] }
  | { kind: "balance"; customerId: string; accountId: string; canWithdraw: boolean; balances: { currency: string; amount: string }[] }
  | { kind: "error"; provider: string; message: string }
  | { kind: "none"; message: string };

/** A withdrawal with everything the detail page shows, as plain data. */
export async function getWithdrawal(id: string, now = new Date()) {
  const db = getDb();
  const w = await db.withdrawalRequest.findUnique({
    where: { id },
    include: { transitions: { orderBy: { id: "asc" } }, approvals: { orderBy: { createdAt: "asc" } } },
  });
  if (!w) return null;

  const userIds = [w.makerId, ...w.transitions.map((t) => t.actorId), ...w.approvals.map((a) => a.approverId)].filter(
    (x): x is string => !!x,
  );
  const users = await db.user.findMany({ where: { id: { in: [...new Set(userIds)] } }, select: { id: true, email: true } });
  const email = (userId: string | null) => (userId ? (users.find((u) => u.id === userId)?.email ?? userId) : null);

  const blank = { fromState: null, toState: null, reason: null, eventId: null, details: {} };
  const timeline: TimelineEntry[] = [
    ...(w.preparedAt
      ? [{ ...blank, key: "prepared", at: w.preparedAt.toISOString(), kind: "prepared" as const, actorEmail: email(w.makerId) }]
      : []),
    ...w.approvals.map((a) => ({
      ...blank,
      key: `a${a.id}`,
      at: a.createdAt.toISOString(),
      kind: "approval" as const,
      actorEmail: email(a.approverId),
    })),
    ...w.transitions.map((t) => ({
      key: `t${t.id}`,
      at: t.createdAt.toISOString(),
      kind: "transition" as const,
      fromState: t.fromState,
      toState: t.toState,
      actorEmail: email(t.actorId),
      reason: t.reason,
      eventId: t.eventId?.toString() ?? null,
      details: (t.details ?? {}) as Record<string, unknown>,
    })),
    // ISO strings sort as times; a tie keeps this order, so an approval shows before the APPROVED it caused.
  ].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));

  return {
    id: w.id,
    state: w.state,
    provider: w.provider,
    portfolioRef: w.portfolioRef,
    ownerRef: w.ownerRef,
    customerRef: w.customerRef,
    accountRef: w.accountRef,
    providerReference: w.providerReference,
    currency: w.currency,
    amount: formatWithdrawalAmount(w.amount, w.currency, w.isFull),
    /** Decimal strings for <Money> (`1e100` is the full-withdrawal marker). */
    amountValue: w.isFull ? FULL_WITHDRAWAL_MARKER.toString() : (w.amount?.toFixed() ?? null),
    payoutValue: w.payoutAmount?.toFixed() ?? null,
    isFull: w.isFull,
    payoutAmount: w.payoutAmount ? formatWithdrawalAmount(w.payoutAmount, w.currency, false) : null,
    makerId: w.makerId,
    makerEmail: email(w.makerId),
    preparedAt: w.preparedAt?.toISOString() ?? null,
    approverIds: w.approvals.map((a) => a.approverId),
    requiredApprovals: w.requiredApprovals,
    rejectReason: w.rejectReason,
    supersededById: w.supersededById,
    failureMessage: w.failureMessage,
    executionAttempts: w.executionAttempts,
    nextExecutionAt: w.nextExecutionAt?.toISOString() ?? null,
    sourceEventId: w.sourceEventId?.toString() ?? null,
    createdAt: w.createdAt.toISOString(),
    cashAvailableAt: w.cashAvailableAt?.toISOString() ?? null,
    executedAt: w.executedAt?.toISOString() ?? null,
    age: formatAge(w.createdAt, now),
    sla: slaTone(w.state, w.createdAt, now),
    timeline,
  };
}
export type WithdrawalDetail = NonNullable<Awaited<ReturnType<typeof getWithdrawal>>>;

/** What the provider holds now. A provider failure is shown inline with its own message, never a 500. */
export async function loadProviderView(
  w: Pick<WithdrawalDetail, "provider" | "portfolioRef" | "customerRef" | "accountRef">,
): Promise<ProviderView> {
  if (w.provider === "WISEALPHA") return loadWiseAlphaView(w.customerRef, w.accountRef);
  if (w.provider !== "INVESTSUITE") return { kind: "none", message: "The provider's view is not available for this provider." };
  const portfolioRef = w.portfolioRef;
  if (!portfolioRef) return { kind: "none", message: "This request names no portfolio." };
  try {
    const p = await getInvestSuiteClient().getPortfolio(portfolioRef);
    return {
      kind: "found",
      name: p.name,
      status: p.status,
      divestAmount: formatDivestAmount(p.config.manager_settings.divest_amount ?? null, p.base_currency),
      holdings: holdingRows(p.portfolio),
    };
  } catch (error) {
    if (!isProviderError(error)) throw error;
    (await getRequestLogger()).warn({ err: error, portfolioId: portfolioRef }, "withdrawal detail: provider call failed");
    return { kind: "error", provider: "InvestSuite", message: error.userMessage };
  }
}

/** WiseAlpha: the account's uninvested cash per currency, and whether the customer may withdraw now. */
async function loadWiseAlphaView(customerId: string | null, accountId: string | null): Promise<ProviderView> {
  if (!customerId || !accountId) return { kind: "none", message: "This request names no WiseAlpha account." };
  try {
    const client = getWiseAlphaClient();
    const [customer, balances] = await Promise.all([client.getCustomer(customerId), client.getBalances({ customerId, accountId })]);
    return {
      kind: "balance",
      customerId,
      accountId,
      canWithdraw: customer.validation.can_withdraw,
      balances: balances.map((b) => ({ currency: b.currency, amount: `${b.amount} ${b.currency}` })),
    };
  } catch (error) {
    if (!isProviderError(error)) throw error;
    (await getRequestLogger()).warn({ err: error, customerId, accountId }, "withdrawal detail: provider call failed");
    return { kind: "error", provider: "WiseAlpha", message: error.userMessage };
  }
}
