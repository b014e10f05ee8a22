import { derivedIdempotencyKey } from "../providers/idempotency-key";

/** The Idempotency-Key of a deposit's funding event: every attempt sends the same one (see derivedIdempotencyKey). */
export function depositIdempotencyKey(depositId: string): string {
  return derivedIdempotencyKey("deposit", depositId);
}
