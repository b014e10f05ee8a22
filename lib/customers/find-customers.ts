import "server-only";

import { getDb } from "@/lib/db";
import type { CustomerListParams } from "@/lib/validations/customers";

export type CustomerListRow = {
  id: string;
  customerNumber: string | null;
  displayName: string;
  email: string | null;
  kycState: string;
  providers: string[];
  openWork: number;
};

// "Open work" for a customer: a suggestion or conflict waiting, an open withdrawal, an open WiseAlpha case.
const OPEN_WORK = `(
  (SELECT count(*) FROM "CustomerMatch" m WHERE m."state" = 'OPEN' AND (m."customerId" = c."id"
     OR EXISTS (SELECT 1 FROM "CustomerLink" l WHERE l."customerId" = c."id" AND l."provider" = m."provider" AND l."providerId" = m."providerId")))
  + (SELECT count(*) FROM "WithdrawalRequest" w JOIN "CustomerLink" l ON l."customerId" = c."id"
       AND ((l."provider" = 'INVESTSUITE' AND w."ownerRef" = l."providerId") OR (l."provider" = 'WISEALPHA' AND w."customerRef" = l."providerId"))
     WHERE w."state" IN ('REQUESTED', 'CASH_AVAILABLE', 'APPROVED', 'EXECUTING'))
  + (SELECT count(*) FROM "OnboardingCase" oc JOIN "CustomerLink" l ON l."customerId" = c."id" AND l."provider" = 'WISEALPHA'
     WHERE oc."subjectType" = 'WISEALPHA_CUSTOMER' AND oc."subjectRef" = l."providerId" AND oc."status" NOT IN ('APPROVED', 'REJECTED'))
)`;

/** WHERE clause and its parameters from the URL filters; every value is a bound parameter. */
function whereFor(params: CustomerListParams, skip: "kyc" | "provider" | "work" | null = null) {
  const clauses = [`cardinality(c."providers") > 0`];
  const values: unknown[] = [];
  const bind = (v: unknown) => `$${values.push(v)}`;
  if (params.q) {
    const q = params.q.trim();
    const prefix = bind(`${q.toLowerCase().replace(/[\\%_]/g, "\\$&")}%`);
    const exact = bind(q);
    clauses.push(`(lower(c."displayName") LIKE ${prefix} OR c."email" LIKE ${prefix} OR upper(c."customerNumber") = upper(${exact})
      OR lower(split_part(c."displayName", ' ', 2)) LIKE ${prefix}
      OR EXISTS (SELECT 1 FROM "CustomerLink" l WHERE l."customerId" = c."id" AND l."providerId" = ${exact}))`);
  }
  if (params.provider?.length && skip !== "provider") clauses.push(`c."providers" @> ${bind(params.provider)}::"Provider"[]`);
  if (params.kyc && skip !== "kyc") clauses.push(`c."kycState" = ${bind(params.kyc)}`);
  if (params.work === "open" && skip !== "work") clauses.push(`${OPEN_WORK} > 0`);
  return { sql: clauses.join(" AND "), values };
}

export async function findCustomers(params: CustomerListParams) {
  const db = getDb();
  const where = whereFor(params);
  const offset = (params.page - 1) * params.size;
  const rows = await db.$queryRawUnsafe<(Omit<CustomerListRow, "openWork"> & { openWork: bigint })[]>(
    `SELECT c."id", c."customerNumber", c."displayName", c."email", c."kycState", c."providers"::text[] AS "providers", ${OPEN_WORK} AS "openWork"
     FROM "Customer" c WHERE ${where.sql}
     ORDER BY cardinality(c."providers") DESC, c."displayName", c."id"
     LIMIT ${params.size} OFFSET ${offset}`,
    ...where.values,
  );
  return rows.map((r) => ({ ...r, openWork: Number(r.openWork) }));
}

/** Counts beside each filter, each computed with the other filters applied (so they read as "if I pick this"). */
export async function countCustomers(params: CustomerListParams) {
  const db = getDb();
  const count = async (skip: "kyc" | "provider" | "work" | null, extra: string) => {
    const where = whereFor(params, skip);
    const [row] = await db.$queryRawUnsafe<{ n: bigint }[]>(
      `SELECT count(*) AS n FROM "Customer" c WHERE ${where.sql} AND ${extra}`,
      ...where.values,
    );
    return Number(row?.n ?? 0);
  };
  const [total, investSuite, wiseAlpha, cashlink, verified, pending, failed, none, openWork, review] = await Promise.all([
    count(null, "true"),
    count("provider", `'INVESTSUITE' = ANY(c."providers")`),
    count("provider", `'WISEALPHA' = ANY(c."providers")`),
    count("provider", `'CASHLINK' = ANY(c."providers")`),
    count("kyc", `c."kycState" = 'VERIFIED'`),
    count("kyc", `c."kycState" = 'PENDING'`),
    count("kyc", `c."kycState" = 'FAILED'`),
    count("kyc", `c."kycState" = 'NONE'`),
    count("work", `${OPEN_WORK} > 0`),
    db.customerMatch.count({ where: { state: "OPEN" } }),
  ]);
  return {
    total,
    provider: { INVESTSUITE: investSuite, WISEALPHA: wiseAlpha, CASHLINK: cashlink },
    kyc: { VERIFIED: verified, PENDING: pending, FAILED: failed, NONE: none },
    openWork,
    review,
  };
}
