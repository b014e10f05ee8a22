import "server-only";

import Decimal from "decimal.js";

import { appendAudit } from "@/lib/audit/append-audit";
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { isProviderError, ProviderError } from "@/lib/providers/errors";
import { getWiseAlphaClient } from "@/lib/providers/server-clients";
import type { WiseAlphaClient } from "@/lib/providers/wisealpha/client";
import type { UserContext } from "@/lib/request-context";
import type { NewWiseAlphaWithdrawalInput } from "@/lib/validations/withdrawals";
import { requiredApprovals } from "@/lib/withdrawals/approval-policy";
import { createWithdrawalRequest } from "@/lib/withdrawals/create-request";
import { recordTransition } from "@/lib/withdrawals/record-transition";
import { checkWiseAlphaWithdrawal, type WiseAlphaRefusal } from "@/lib/withdrawals/wisealpha-request-rules";

/** Requests on this account and currency that may still be paid out: their amounts are reserved. */
const UNPAID_STATES = ["REQUESTED", "CASH_AVAILABLE", "APPROVED", "EXECUTING"] as const;

export type RequestWiseAlphaResult = { ok: true; withdrawalId: string } | { ok: false; refusal: WiseAlphaRefusal };

/**
 * Staff ask for a WiseAlpha withdrawal. WiseAlpha sends no "cash available" event: the cash
 * is the account's uninvested balance, read here. So a request that passes the checks
 * (can_withdraw, the account holds the currency, amount ≤ balance − what is already queued)
 * is recorded REQUESTED → CASH_AVAILABLE at once, with the requester as its maker
 * (preparing it is what they just did); from there it is the same four-eyes flow:
 * another admin approves, the worker pays.
 */
export async function requestWiseAlphaWithdrawal(
  context: UserContext,
  input: NewWiseAlphaWithdrawalInput,
  wiseAlpha: WiseAlphaClient = getWiseAlphaClient(),
): Promise<RequestWiseAlphaResult> {
  const { customerId, accountId, currency } = input;
  const amount = new Decimal(input.amount).toFixed(2);

  const customer = await readOrRefuse(() => wiseAlpha.getCustomer(customerId), {
    field: "customerId",
    message: `WiseAlpha has no customer ${customerId}.`,
  });
  if ("refusal" in customer) return { ok: false, refusal: customer.refusal };
  const account = await readOrRefuse(() => wiseAlpha.getInvestmentAccount({ customerId, accountId }), {
    field: "accountId",
    message: `Customer ${customerId} has no investment account ${accountId} at WiseAlpha.`,
  });
  if ("refusal" in account) return { ok: false, refusal: account.refusal };
  const balances = await readOrRefuse(() => wiseAlpha.getBalances({ customerId, accountId }), {
    field: "accountId",
    message: `WiseAlpha has no balances for account ${accountId}.`,
  });
  if ("refusal" in balances) return { ok: false, refusal: balances.refusal };
  const balance = balances.value.find((b) => b.currency.toUpperCase() === currency)?.amount ?? null;

  const db = getDb();
  return db.$transaction(async (tx) => {
    // One request at a time per account and currency, so two staff cannot both reserve the same cash.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`wisealpha-withdrawal:${customerId}:${accountId}:${currency}`}))`;
    const reserved = await tx.withdrawalRequest.aggregate({
      where: { provider: "WISEALPHA", customerRef: customerId, accountRef: accountId, currency, state: { in: [...UNPAID_STATES] } },
      _sum: { amount: true },
    });
    const refusal = checkWiseAlphaWithdrawal(
      {
        canWithdraw: customer.value.validation.can_withdraw,
        accountCurrencies: account.value.currencies,
        balance,
        reserved: reserved._sum.amount?.toFixed() ?? "0",
      },
      currency,
      amount,
    );
    if (refusal) return { ok: false as const, refusal };

    const approvals = requiredApprovals(getEnv().WITHDRAWAL_DUAL_APPROVAL_ABOVE, currency, amount, false);
    const now = new Date();
    const id = await createWithdrawalRequest(tx, {
      provider: "WISEALPHA",
      customerRef: customerId,
      accountRef: accountId,
      currency,
      amount,
      makerId: context.actor.id,
      preparedAt: now,
      requiredApprovals: approvals,
      sourceTime: now,
    });
    await recordTransition(tx, id, null, "REQUESTED", { context, details: { customerId, accountId, amount, currency } });
    await recordTransition(tx, id, "REQUESTED", "CASH_AVAILABLE", {
      context,
      reason: "WiseAlpha balance checked",
      data: { cashAvailableAt: now },
      details: { balance, reserved: reserved._sum.amount?.toFixed() ?? "0", canWithdraw: true },
    });
    await appendAudit(tx, {
      context,
      action: "withdrawal.prepared",
      outcome: "SUCCESS",
      targetType: "withdrawal",
      targetId: id,
      details: { requiredApprovals: approvals },
    });
    return { ok: true as const, withdrawalId: id };
  });
}

/** A read whose 404 is the user's mistake (a refusal next to the field); other provider failures are a message with a retry. */
async function readOrRefuse<T>(read: () => Promise<T>, notFound: WiseAlphaRefusal): Promise<{ value: T } | { refusal: WiseAlphaRefusal }> {
  try {
    return { value: await read() };
  } catch (error) {
    if (error instanceof ProviderError && error.status === 404) return { refusal: notFound };
    if (isProviderError(error)) throw new AppError("PROVIDER", `${error.userMessage} Nothing was queued; try again.`);
    throw error;
  }
}
