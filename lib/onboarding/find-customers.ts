import "server-only";

import type { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/lib/db";
import { CUSTOMER_FILTERS, type CustomerFilter } from "@/lib/onboarding/customer-flags";
import { parseWiseAlphaCustomer } from "@/lib/providers/wisealpha/transform";
import type { CustomerListFilter } from "@/lib/validations/onboarding";

function searchWhere(q: string | undefined): Prisma.WiseAlphaCustomerSnapshotWhereInput {
  if (!q) return {};
  return {
    OR: [{ customerId: { contains: q } }, { email: { contains: q, mode: "insensitive" } }, { name: { contains: q, mode: "insensitive" } }],
  };
}

/** Customers from the local projection (no provider call per customer), with their case. */
export async function findCustomers(filter: CustomerListFilter) {
  const db = getDb();
  const where: Prisma.WiseAlphaCustomerSnapshotWhereInput = {
    ...searchWhere(filter.q),
    ...(filter.filter ? { [filter.filter]: true } : {}),
  };
  const [rows, total, syncedAt] = await Promise.all([
    db.wiseAlphaCustomerSnapshot.findMany({
      where,
      orderBy: { customerId: "asc" },
      skip: (filter.page - 1) * filter.size,
      take: filter.size,
    }),
    db.wiseAlphaCustomerSnapshot.count({ where }),
    db.wiseAlphaCustomerSnapshot.aggregate({ _max: { sourceTime: true } }),
  ]);
  const cases = await db.onboardingCase.findMany({
    where: { subjectType: "WISEALPHA_CUSTOMER", subjectRef: { in: rows.map((r) => r.customerId) } },
    select: { id: true, subjectRef: true, status: true },
  });
  const caseOf = new Map(cases.map((c) => [c.subjectRef, c]));
  return {
    customers: rows.flatMap((row) => {
      const customer = parseWiseAlphaCustomer(row.profile);
      if (!customer) return [];
      return [{ ...row, customer, case: caseOf.get(row.customerId) ?? null }];
    }),
    total,
    page: filter.page,
    pageCount: Math.max(1, Math.ceil(total / filter.size)),
    lastUpdate: syncedAt._max.sourceTime,
  };
}

/** One count per reviewer-day filter (and all), within the search, in one statement. */
export async function countCustomersByFilter(q: string | undefined): Promise<Record<CustomerFilter | "all", number>> {
  const like = q ? `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const [row] = await getDb().$queryRawUnsafe<Record<string, bigint>[]>(
    `SELECT count(*) AS "all", ${Object.keys(CUSTOMER_FILTERS)
      .map((k) => `count(*) FILTER (WHERE "${k}") AS "${k}"`)
      .join(", ")}
       FROM "WiseAlphaCustomerSnapshot"
      WHERE $1::text IS NULL OR "customerId" LIKE $1 OR "email" ILIKE $1 OR "name" ILIKE $1`,
    like,
  );
  return Object.fromEntries(Object.entries(row ?? {}).map(([k, v]) => [k, Number(v)])) as Record<CustomerFilter | "all", number>;
}
