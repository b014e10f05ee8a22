import { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { RuleError } from "@/lib/rule-error";

import type { Tx } from "./create-client";

// A decision: one transaction that locks the row it decides on, checks the rules, and changes it.

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

/**
 * Runs a decision in one transaction; a broken rule (RuleError) becomes a CONFLICT with the
 * rule's message for the person. `conflict` names the database's own refusals (a unique index)
 * that mean the same, or null for an error to throw on.
 */
export async function runDecision<T>(work: (tx: Tx) => Promise<T>, conflict?: (error: unknown) => string | null): Promise<T> {
  try {
    return await getDb().$transaction(work);
  } catch (error) {
    if (error instanceof RuleError) throw new AppError("CONFLICT", error.message);
    const message = conflict?.(error);
    if (message) throw new AppError("CONFLICT", message);
    throw error;
  }
}
