import { createHash } from "node:crypto";

import Decimal from "decimal.js";

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

/**
 * The Idempotency-Key for a withdrawal's payout, derived from our own record so
 * every attempt (retry, crash, double click) sends the same key. Ten characters,
 * because InvestSuite documents that limit for Saxo-brokered setups; 36^10 keys
 * make a collision negligible, and the column is unique in any case.
 */
export function withdrawalIdempotencyKey(withdrawalId: string): string {
  const digest = createHash("sha256").update(`withdrawal:${withdrawalId}`).digest();
  return BigInt(`0x${digest.subarray(0, 8).toString("hex")}`)
    .toString(36)
    .padStart(10, "0")
    .slice(-10);
}
