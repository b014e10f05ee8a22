import Decimal from "decimal.js";

import { derivedIdempotencyKey } from "../providers/idempotency-key";

/** InvestSuite: "1e100 → full withdrawal" (seed, Events › Withdrawal request). */
const FULL_WITHDRAWAL_MARKER = new Decimal("1e100");

export type DivestAmount = { kind: "none" } | { kind: "full" } | { kind: "amount"; amount: Decimal };

/**
 * Reads `divest_amount` from its exact text (never a JS number: 1e100 and cents
 * must survive). Null or 0 means no withdrawal is requested.
 */
export function parseDivestAmount(text: string | null | undefined): DivestAmount {
  if (text === null || text === undefined || text === "") return { kind: "none" };
  let value: Decimal;
  try {
    value = new Decimal(text);
  } catch {
    throw new Error(`divest_amount "${text}" is not a number.`);
  }
  if (value.isNaN() || !value.isFinite()) throw new Error(`divest_amount "${text}" is not a finite number.`);
  if (value.isNegative()) throw new Error(`divest_amount ${text} is negative.`);
  if (value.isZero()) return { kind: "none" };
  if (value.greaterThanOrEqualTo(FULL_WITHDRAWAL_MARKER)) return { kind: "full" };
  return { kind: "amount", amount: value };
}

export function sameDivestAmount(a: DivestAmount, b: DivestAmount): boolean {
  if (a.kind !== b.kind) return false;
  return a.kind !== "amount" || a.amount.equals((b as { amount: Decimal }).amount);
}

/** The Idempotency-Key for a withdrawal's payout: every attempt sends the same one (see derivedIdempotencyKey). */
export function withdrawalIdempotencyKey(withdrawalId: string): string {
  return derivedIdempotencyKey("withdrawal", withdrawalId);
}
