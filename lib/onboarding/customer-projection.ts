import type { Db } from "@/lib/db/create-client";
import type { WiseAlphaCustomer } from "@/lib/providers/wisealpha/transform";

import { saveSearchEntries } from "@/lib/search/save-search-entries";
import { wiseAlphaCustomerEntry } from "@/lib/search/search-entries-of";
import { documentLabel } from "@/lib/validations/onboarding-documents";

import { bankErrors, customerFlags, customerName } from "./customer-flags";

/** Any client or transaction: only raw statements are used. */
type RawDb = Pick<Db, "$queryRawUnsafe" | "$executeRawUnsafe">;

/**
 * Writes WiseAlpha profiles into the local projection in one statement per batch, and
 * makes sure each customer has its onboarding case. A profile older than the one held
 * (an event processed late, a sync page read before an event) is skipped, so the
 * projection only moves forward. Returns the customer ids whose row was written.
 */
export async function saveCustomerSnapshots(
  db: RawDb,
  customers: WiseAlphaCustomer[],
  /** When WiseAlpha stated the profiles: one time for all (a sync page), or one per customer (events). */
  sourceTime: Date | readonly Date[],
): Promise<string[]> {
  if (customers.length === 0) return [];
  const flags = customers.map(customerFlags);
  const col = <K extends keyof ReturnType<typeof customerFlags>>(key: K) => flags.map((f) => f[key]);
  const written = await db.$queryRawUnsafe<{ customerId: string }[]>(
    `INSERT INTO "WiseAlphaCustomerSnapshot" ("customerId", "email", "name", "profile", "validationStatus", "amlStatus", "investorType", "canInvest",
        "docsAwaitingVerification", "amlAutoFailed", "questionnaireBlocked", "missingFields", "bankDetailsRejected", "readyToInvest", "sourceTime", "updatedAt")
     SELECT s.id, s.email, s.name, s.profile::jsonb, s.vstatus, s.aml, s.itype, s.can_invest, s.f1, s.f2, s.f3, s.f4, s.f5, s.f6, s.source_time, now()
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::boolean[],
                   $9::boolean[], $10::boolean[], $11::boolean[], $12::boolean[], $13::boolean[], $14::boolean[], $15::int[],
                   $16::timestamp(3)[])
            AS s(id, email, name, profile, vstatus, aml, itype, can_invest, f1, f2, f3, f4, f5, f6, ord, source_time)
     ON CONFLICT ("customerId") DO UPDATE SET
        "email" = EXCLUDED."email", "name" = EXCLUDED."name", "profile" = EXCLUDED."profile", "validationStatus" = EXCLUDED."validationStatus",
        "amlStatus" = EXCLUDED."amlStatus", "investorType" = EXCLUDED."investorType", "canInvest" = EXCLUDED."canInvest",
        "docsAwaitingVerification" = EXCLUDED."docsAwaitingVerification", "amlAutoFailed" = EXCLUDED."amlAutoFailed",
        "questionnaireBlocked" = EXCLUDED."questionnaireBlocked", "missingFields" = EXCLUDED."missingFields",
        "bankDetailsRejected" = EXCLUDED."bankDetailsRejected", "readyToInvest" = EXCLUDED."readyToInvest",
        "sourceTime" = EXCLUDED."sourceTime", "updatedAt" = now()
      WHERE "WiseAlphaCustomerSnapshot"."sourceTime" <= EXCLUDED."sourceTime"
     RETURNING "customerId"`,
    customers.map((c) => c.customer_id),
    customers.map((c) => c.email),
    customers.map(customerName),
    customers.map((c) => JSON.stringify(c)),
    customers.map((c) => c.validation.status),
    customers.map((c) => c.validation.aml_check.status),
    customers.map((c) => c.investor_type?.investor_type ?? null),
    customers.map((c) => c.validation.can_invest),
    col("docsAwaitingVerification"),
    col("amlAutoFailed"),
    col("questionnaireBlocked"),
    col("missingFields"),
    col("bankDetailsRejected"),
    col("readyToInvest"),
    customers.map((_, i) => i),
    customers.map((_, i) => (sourceTime instanceof Date ? sourceTime : sourceTime[i]!).toISOString()),
  );
  const ids = new Set(written.map((r) => r.customerId));
  const fresh = customers.filter((c) => ids.has(c.customer_id));
  if (fresh.length > 0) {
    // The case follows the projection: its readiness is the provider's, its name the customer's. A new case
    // starts waiting on the customer when WiseAlpha already waits for them (later moves come from events and actions).
    await db.$executeRawUnsafe(
      `INSERT INTO "OnboardingCase" ("id", "subjectType", "subjectRef", "displayName", "providerReady", "status", "waitingReason", "createdAt", "updatedAt")
       SELECT gen_random_uuid()::text, 'WISEALPHA_CUSTOMER', c.ref, c.name, c.ready,
              (CASE WHEN c.waiting IS NULL THEN 'NEW' ELSE 'WAITING_ON_CUSTOMER' END)::"OnboardingCaseStatus", c.waiting, now(), now()
         FROM unnest($1::text[], $2::text[], $3::boolean[], $4::text[]) AS c(ref, name, ready, waiting)
       ON CONFLICT ("subjectType", "subjectRef") DO UPDATE SET "displayName" = EXCLUDED."displayName", "providerReady" = EXCLUDED."providerReady"
        WHERE "OnboardingCase"."displayName" IS DISTINCT FROM EXCLUDED."displayName" OR "OnboardingCase"."providerReady" <> EXCLUDED."providerReady"`,
      fresh.map((c) => c.customer_id),
      fresh.map(customerName),
      fresh.map((c) => customerFlags(c).readyToInvest),
      fresh.map(waitingReasonOf),
    );
  }
  // The global search's rows follow the projection in the same statement batch (or transaction, for an event).
  await saveSearchEntries(
    db,
    fresh.map((c) => wiseAlphaCustomerEntry(c, customerName(c))),
  );
  return [...ids];
}

/** The customer's case id, created when missing (an event may arrive before the first sync). */
export async function ensureCase(
  db: RawDb,
  subjectType: "WISEALPHA_CUSTOMER" | "CASHLINK_INVITATION",
  subjectRef: string,
  displayName: string | null,
): Promise<string> {
  return (await ensureCases(db, subjectType, [{ subjectRef, displayName }])).get(subjectRef)!;
}

/** ensureCase for many subjects (distinct refs) in one statement: subject ref → case id. */
export async function ensureCases(
  db: RawDb,
  subjectType: "WISEALPHA_CUSTOMER" | "CASHLINK_INVITATION",
  subjects: { subjectRef: string; displayName: string | null }[],
): Promise<Map<string, string>> {
  if (subjects.length === 0) return new Map();
  const rows = await db.$queryRawUnsafe<{ id: string; subjectRef: string }[]>(
    `INSERT INTO "OnboardingCase" ("id", "subjectType", "subjectRef", "displayName", "createdAt", "updatedAt")
     SELECT gen_random_uuid()::text, $1::"OnboardingSubjectType", s.ref, s.name, now(), now()
       FROM unnest($2::text[], $3::text[]) AS s(ref, name)
     ON CONFLICT ("subjectType", "subjectRef") DO UPDATE SET "displayName" = COALESCE(EXCLUDED."displayName", "OnboardingCase"."displayName")
     RETURNING "id", "subjectRef"`,
    subjectType,
    subjects.map((s) => s.subjectRef),
    subjects.map((s) => s.displayName),
  );
  return new Map(rows.map((r) => [r.subjectRef, r.id]));
}

/** What WiseAlpha waits for from the customer, in words (null: nothing). */
export function waitingReasonOf(customer: WiseAlphaCustomer): string | null {
  const v = customer.validation;
  for (const [type, state] of Object.entries(v.documents)) {
    const label = documentLabel(type);
    if (state === "rejected") return `${label} rejected: ${v.document_info[type]?.rejection_reason ?? "no reason given"}`;
    if (state === "required")
      return `${label} required${v.document_info[type]?.request_reason ? `: ${v.document_info[type]!.request_reason}` : ""}`;
  }
  const bank = bankErrors(customer)[0];
  return bank ? `Bank details rejected: ${bank.error}` : null;
}

/** Is the customer waited on: a document to (re)upload, or bank details to correct. */
export function waitingOnCustomer(customer: WiseAlphaCustomer): boolean {
  const docs = Object.values(customer.validation.documents);
  return docs.includes("rejected") || docs.includes("required") || customerFlags(customer).bankDetailsRejected;
}
