import type { Tx } from "@/lib/db";

/**
 * Recomputes the list columns of customers from their links and persons in one statement:
 * name and e-mail from the first provider that has one (InvestSuite, WiseAlpha, Cashlink, the
 * enum's order), the providers, and the least advanced KYC state. `ids` null = every customer.
 */
export async function refreshCustomerSummaries(db: Pick<Tx, "$executeRawUnsafe">, ids: string[] | null) {
  return db.$executeRawUnsafe(
    `UPDATE "Customer" c SET
       "displayName" = COALESCE(s.name, ''), "email" = s.email, "providers" = COALESCE(s.providers, '{}'),
       "kycState" = COALESCE(s.kyc, 'NONE'), "updatedAt" = now()
     FROM "Customer" c2
     LEFT JOIN LATERAL (
       SELECT (array_agg(NULLIF(concat_ws(' ', p."firstName", p."lastName"), '') ORDER BY l."provider")
                 FILTER (WHERE NULLIF(concat_ws(' ', p."firstName", p."lastName"), '') IS NOT NULL))[1] AS name,
              (array_agg(p."email" ORDER BY l."provider") FILTER (WHERE p."email" IS NOT NULL))[1] AS email,
              array_agg(l."provider" ORDER BY l."provider") AS providers,
              CASE WHEN bool_or(p."kycState" = 'FAILED') THEN 'FAILED'
                   WHEN bool_or(p."kycState" = 'PENDING') THEN 'PENDING'
                   WHEN bool_and(p."kycState" = 'VERIFIED') THEN 'VERIFIED'
                   ELSE 'NONE' END AS kyc
       FROM "CustomerLink" l JOIN "ProviderPerson" p ON p."provider" = l."provider" AND p."providerId" = l."providerId"
       WHERE l."customerId" = c2."id"
     ) s ON true
     WHERE c."id" = c2."id" AND ($1::text[] IS NULL OR c."id" = ANY($1::text[]))`,
    ids,
  );
}
