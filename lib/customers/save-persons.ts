import type { Tx } from "@/lib/db";
import type { CustomerPersonRead } from "@/lib/providers/investsuite/customer-person";

import { normaliseCustomerNumber, normaliseEmail } from "./match-rules";
import type { ProviderName } from "./plan-links";

type Db = Pick<Tx, "$executeRawUnsafe">;

/**
 * Upserts one provider's persons in one statement (jsonb_to_recordset), with the number and
 * e-mail already normalised so the matching and the search indexes see the same values.
 */
export async function savePersons(db: Db, provider: ProviderName, persons: readonly CustomerPersonRead[]) {
  if (persons.length === 0) return 0;
  const rows = persons.map((p) => ({
    ...p,
    customerNumber: normaliseCustomerNumber(p.customerNumber),
    email: normaliseEmail(p.email),
  }));
  return db.$executeRawUnsafe(
    `INSERT INTO "ProviderPerson" ("provider", "providerId", "customerNumber", "email", "firstName", "lastName", "birthDate",
                                   "address", "taxResidency", "kycState", "kycDetail", "syncedAt")
     SELECT $1::"Provider", r."providerId", r."customerNumber", r."email", r."firstName", r."lastName", r."birthDate",
            r."address", r."taxResidency", r."kycState", r."kycDetail", now()
     FROM jsonb_to_recordset($2::jsonb) AS r("providerId" text, "customerNumber" text, "email" text, "firstName" text,
          "lastName" text, "birthDate" text, "address" text, "taxResidency" text, "kycState" text, "kycDetail" text)
     ON CONFLICT ("provider", "providerId") DO UPDATE SET
       "customerNumber" = EXCLUDED."customerNumber", "email" = EXCLUDED."email", "firstName" = EXCLUDED."firstName",
       "lastName" = EXCLUDED."lastName", "birthDate" = EXCLUDED."birthDate", "address" = EXCLUDED."address",
       "taxResidency" = EXCLUDED."taxResidency", "kycState" = EXCLUDED."kycState", "kycDetail" = EXCLUDED."kycDetail",
       "syncedAt" = EXCLUDED."syncedAt"`,
    provider,
    JSON.stringify(rows),
  );
}
