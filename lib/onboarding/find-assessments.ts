import "server-only";

import { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/lib/db";
import type { AssessmentFilter } from "@/lib/validations/cashlink-onboarding";

export type AssessmentRow = {
  profileId: string;
  questionnaireId: string;
  status: string;
  statusAt: Date;
  acceptedAt: Date | null;
  /** Null until InvestSuite has told us (profile-created/updated-for-portfolio) which portfolio uses the profile. */
  portfolioRef: string | null;
  userRef: string | null;
};

/**
 * Assessment statuses per user and portfolio: one row per assessment and portfolio
 * that uses its profile (a profile on two portfolios shows on both), newest first.
 */
export async function findAssessments(filter: AssessmentFilter) {
  const conditions: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (filter.status) conditions.push(Prisma.sql`a.status = ${filter.status}`);
  if (filter.user) conditions.push(Prisma.sql`l."userRef" = ${filter.user}`);
  if (filter.portfolio) conditions.push(Prisma.sql`l."portfolioRef" = ${filter.portfolio}`);
  const where = Prisma.join(conditions, " AND ");
  const from = Prisma.sql`FROM "SuitabilityAssessment" a LEFT JOIN "SuitabilityProfileLink" l ON l."profileId" = a."profileId"`;
  const db = getDb();
  const [totals, rows, counts] = await Promise.all([
    db.$queryRaw<{ total: bigint }[]>`SELECT count(*) AS total ${from} WHERE ${where}`,
    db.$queryRaw<AssessmentRow[]>`
      SELECT a."profileId", a."questionnaireId", a.status, a."statusAt", a."acceptedAt", l."portfolioRef", l."userRef"
      ${from} WHERE ${where}
      ORDER BY a."statusAt" DESC, a."profileId", l."portfolioRef"
      LIMIT ${filter.size} OFFSET ${(filter.page - 1) * filter.size}`,
    db.suitabilityAssessment.groupBy({ by: ["status"], _count: { _all: true } }),
  ]);
  const totalCount = Number(totals[0]?.total ?? 0);
  return {
    rows,
    total: totalCount,
    page: filter.page,
    pageCount: Math.max(1, Math.ceil(totalCount / filter.size)),
    counts: Object.fromEntries(counts.map((c) => [c.status, c._count._all])) as Record<string, number>,
  };
}
