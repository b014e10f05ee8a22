import { createHash } from "node:crypto";

/**
 * The Idempotency-Key of a provider write, derived from our own record (`scope:id`) so every
 * attempt (a retry, a worker resumed after a crash, a double click) sends the same one. Ten
 * characters, the limit InvestSuite documents for Saxo-brokered setups (seed 000); 36^10 keys
 * make a collision negligible, the scope keeps deposits' and withdrawals' apart, and the
 * columns are unique in any case.
 */
export function derivedIdempotencyKey(scope: "deposit" | "withdrawal", id: string): string {
  const digest = createHash("sha256").update(`${scope}:${id}`).digest();
  return BigInt(`0x${digest.subarray(0, 8).toString("hex")}`)
    .toString(36)
    .padStart(10, "0")
    .slice(-10);
}
