import { getDb } from "@/lib/db";

// Test-only.

/**
 * A portfolio's audit rows that say how something ended, oldest first: each provider write also
 * has its ATTEMPTED row (see lib/actions/provider-write-audit.int.test.ts), left out here.
 */
export const portfolioAuditOutcomes = (portfolioId: string) =>
  getDb().auditEntry.findMany({
    where: { targetType: "portfolio", targetId: portfolioId, outcome: { not: "ATTEMPTED" } },
    orderBy: { id: "asc" },
  });
