import { Prisma } from "@/generated/prisma/client";
import { AppError } from "@/lib/errors";

import type { Tx } from "./create-client";

// No server-only imports: the worker locks rows too (an onboarding case from a provider event).

/** The tables whose rows a decision locks before it reads them. */
type LockedTable = "User" | "Deposit" | "WithdrawalRequest" | "ChangeRequest" | "OnboardingCase";

/**
 * Locks the row (FOR UPDATE) for the rest of the caller's transaction, so two people deciding
 * on it are serialised and what is read next is what the decision acts on. False: no such row.
 */
export async function lockRow(tx: Tx, table: LockedTable, id: string): Promise<boolean> {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM ${Prisma.raw(`"${table}"`)} WHERE id = ${id} FOR UPDATE`;
  return rows.length > 0;
}

/** lockRow, or NOT_FOUND with `missing` for the person. */
export async function lockRowOrThrow(tx: Tx, table: LockedTable, id: string, missing: string): Promise<void> {
  if (!(await lockRow(tx, table, id))) throw new AppError("NOT_FOUND", missing);
}
