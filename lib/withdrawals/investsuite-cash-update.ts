import Decimal from "decimal.js";

import type { WithdrawalRequest } from "@/generated/prisma/client";
import type { Db } from "@/lib/db/create-client";
import type { InvestSuiteClient } from "@/lib/providers/investsuite/client";
import { cashKey, type Portfolio } from "@/lib/providers/investsuite/transform";

import { parseDivestAmount, sameDivestAmount } from "./divest-amount";

/**
 * After the withdraw event, the middleware (we) must take the payout off the portfolio's
 * cash (seed 000/002: InvestSuite does not move cash itself, and PATCH replaces the
 * holdings whole, with no version check). A value computed from an old read would wipe
 * whatever changed since (a deposit while the worker was down or backing off), so:
 * - the cash is read right before the PATCH and the payout taken off what is there;
 * - the version that read saw is committed first (`cashPatchFromVersion`), so a resumed
 *   attempt can tell whether its PATCH landed: the same version means it did not; a newer
 *   one means it did when the cash is exactly what we sent, or when our PATCH reset
 *   divest_amount and it no longer asks for this withdrawal; it did not when divest_amount
 *   still asks. Anything else cannot be told apart, so nothing is written and it is
 *   reported for a person to check, rather than risking a second deduction.
 * The window between the read and the PATCH (one round trip) stays: the API offers no
 * If-Match to close it.
 */

export type CashUpdate =
  | { kind: "patched"; cashBefore: string; cashAfter: string; divestReset: boolean; fromVersion: number }
  | { kind: "already_applied"; fromVersion: number; via: "cash" | "divest" }
  | { kind: "unverified"; fromVersion: number; version: number; cash: string };

type Deps = { db: Db; investSuite: InvestSuiteClient; afterCashPatch?: () => Promise<void> };

const cashOf = (p: Portfolio, currency: string) => new Decimal(p.portfolio[cashKey(currency)] ?? "0");

function stillAsks(request: WithdrawalRequest, portfolio: Portfolio): boolean {
  return sameDivestAmount(
    parseDivestAmount(portfolio.config.manager_settings.divest_amount ?? null),
    request.isFull ? { kind: "full" } : parseDivestAmount(request.amount!.toString()),
  );
}

/** Did an earlier attempt's PATCH land? Null when no earlier PATCH was sent or it certainly did not land. */
function earlierPatch(request: WithdrawalRequest, portfolio: Portfolio, payout: Decimal): CashUpdate | null {
  const from = request.cashPatchFromVersion;
  if (from === null || portfolio.version <= from) return null;
  const sent = new Decimal(request.cashBefore!.toString()).minus(payout);
  if (cashOf(portfolio, request.currency).equals(sent)) return { kind: "already_applied", fromVersion: from, via: "cash" };
  if (request.cashPatchResetsDivest) {
    return stillAsks(request, portfolio) ? null : { kind: "already_applied", fromVersion: from, via: "divest" };
  }
  return { kind: "unverified", fromVersion: from, version: portfolio.version, cash: cashOf(portfolio, request.currency).toFixed() };
}

export async function takePayoutOffCash(deps: Deps, request: WithdrawalRequest, payout: Decimal): Promise<CashUpdate> {
  const portfolio = await deps.investSuite.getPortfolio(request.portfolioRef!);
  const earlier = earlierPatch(request, portfolio, payout);
  if (earlier) return earlier;

  const cash = cashOf(portfolio, request.currency);
  const divestReset = stillAsks(request, portfolio);
  // Committed before the PATCH: what it is computed from, for the next attempt to compare.
  await deps.db.withdrawalRequest.update({
    where: { id: request.id },
    data: { cashBefore: cash.toFixed(), cashPatchFromVersion: portfolio.version, cashPatchResetsDivest: divestReset },
  });
  const cashAfter = cash.minus(payout);
  await deps.investSuite.patchPortfolio(request.portfolioRef!, {
    portfolio: { ...portfolio.portfolio, [cashKey(request.currency)]: cashAfter.toFixed() },
    ...(divestReset && { config: { manager_settings: { divest_amount: 0 } } }),
  });
  await deps.afterCashPatch?.();
  return { kind: "patched", cashBefore: cash.toFixed(), cashAfter: cashAfter.toFixed(), divestReset, fromVersion: portfolio.version };
}
