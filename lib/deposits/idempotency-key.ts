import { createHash } from "node:crypto";

/**
 * The Idempotency-Key of a deposit's funding event: derived from our id, so every attempt
 * (retries, a worker resumed after a crash) sends the same one. Ten characters, the limit
 * seed 000 gives for a Saxo broker; prefixed differently from withdrawals' so they never collide.
 */
export function depositIdempotencyKey(depositId: string): string {
  const digest = createHash("sha256").update(`deposit:${depositId}`).digest();
  return BigInt(`0x${digest.subarray(0, 8).toString("hex")}`)
    .toString(36)
    .padStart(10, "0")
    .slice(-10);
}
