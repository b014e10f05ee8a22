import { randomUUID } from "node:crypto";

import type { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db/create-client";
import { insertRows } from "@/lib/db/insert-rows";

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

/** What a divest statement creates (applyDivestAmounts): InvestSuite requests opened by an event or the reconciliation. */
export type NewDivestRequest = {
  provider: "INVESTSUITE";
  portfolioRef: string;
  ownerRef: string | null;
  currency: string;
  isFull: boolean;
  amount: string | null;
  sourceEventId: bigint | null;
  sourceTime: Date;
};

/** The columns createWithdrawalRequests writes, with their PostgreSQL types (the rest take the table's defaults). */
export const DIVEST_REQUEST_COLUMNS = {
  id: "text",
  idempotencyKey: "text",
  provider: '"Provider"',
  portfolioRef: "text",
  ownerRef: "text",
  currency: "text",
  isFull: "boolean",
  amount: "numeric",
  sourceEventId: "bigint",
  sourceTime: "timestamp(3)",
  createdAt: "timestamp(3)",
  updatedAt: "timestamp(3)",
} as const;

/**
 * createWithdrawalRequest for many in one statement (the event batch's set-based handlers), keyed
 * the same way; answers their ids in order. The rest of the row takes the table's defaults (REQUESTED).
 */
export async function createWithdrawalRequests(db: Pick<Tx, "$executeRawUnsafe">, rows: NewDivestRequest[]): Promise<string[]> {
  const ids = rows.map(() => randomUUID());
  const now = new Date();
  await insertRows(
    db,
    "WithdrawalRequest",
    DIVEST_REQUEST_COLUMNS,
    rows.map((row, i) => ({ ...row, id: ids[i]!, idempotencyKey: withdrawalIdempotencyKey(ids[i]!), createdAt: now, updatedAt: now })),
  );
  return ids;
}
