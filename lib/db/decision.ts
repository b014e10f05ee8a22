import "server-only";

import { getDb } from "@/lib/db";
import { AppError, RuleError } from "@/lib/errors";

import type { Tx } from "./create-client";

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
