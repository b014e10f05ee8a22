import { randomUUID } from "node:crypto";

import type { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db/create-client";

import { withdrawalIdempotencyKey } from "./divest-amount";

export type NewWithdrawalRequest = Omit<Prisma.WithdrawalRequestUncheckedCreateInput, "id" | "idempotencyKey">;

/**
 * Creates a withdrawal request under a fresh id, with the Idempotency-Key its payout will be
 * sent under derived from that id (withdrawalIdempotencyKey): every row that can be paid out
 * is keyed the same way, whoever made it. Answers the id.
 */
export async function createWithdrawalRequest(db: Pick<Tx, "withdrawalRequest">, data: NewWithdrawalRequest): Promise<string> {
  const id = randomUUID();
  await db.withdrawalRequest.create({ data: { ...data, id, idempotencyKey: withdrawalIdempotencyKey(id) } });
  return id;
}
