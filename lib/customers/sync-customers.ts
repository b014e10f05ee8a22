import { randomUUID } from "node:crypto";

import type { Db } from "@/lib/db/create-client";
import { appendAudit } from "@/lib/audit/append-audit";
import type { CashlinkClient } from "@/lib/providers/cashlink/client";
import { cashlinkInvestorToPerson } from "@/lib/providers/cashlink/customer-person";
import type { InvestSuiteClient } from "@/lib/providers/investsuite/client";
import { investSuiteUserToPerson, type CustomerPersonRead } from "@/lib/providers/investsuite/customer-person";
import type { WiseAlphaClient } from "@/lib/providers/wisealpha/client";
import { wiseAlphaCustomerToPerson } from "@/lib/providers/wisealpha/customer-person";

import { normaliseEmail } from "./match-rules";
import { planLinks, type Person, type ProviderName } from "./plan-links";
import { refreshCustomerSummaries } from "./refresh-summaries";
import { savePersons } from "./save-persons";

export type CustomerSyncClients = { investSuite: InvestSuiteClient; wiseAlpha: WiseAlphaClient; cashlink: CashlinkClient };

async function readAll<T>(iterable: AsyncIterable<T>, map: (item: T) => CustomerPersonRead) {
  const out: CustomerPersonRead[] = [];
  for await (const item of iterable) out.push(map(item));
  return out;
}

/** Serialises sync runs (worker timer, on-demand button, tests) so two never plan over each other. */
const SYNC_LOCK = 1_400_014;

/**
 * Reads every person from the three providers (in parallel), stores them, then links by
 * customer number and records suggestions and conflicts (lib/customers/plan-links.ts). A
 * provider that fails is skipped this round: its persons keep their last projection.
 */
export async function syncCustomers(db: Db, clients: CustomerSyncClients) {
  const started = Date.now();
  const reads = await Promise.allSettled([
    readAll(clients.investSuite.iterateUsers(), investSuiteUserToPerson),
    readAll(clients.wiseAlpha.iterateCustomers(), wiseAlphaCustomerToPerson),
    readAll(clients.cashlink.iterateInvestors(), cashlinkInvestorToPerson),
  ]);
  const providers: ProviderName[] = ["INVESTSUITE", "WISEALPHA", "CASHLINK"];
  const failed: string[] = [];
  for (const [i, read] of reads.entries()) {
    if (read.status === "fulfilled") await savePersons(db, providers[i]!, read.value);
    else failed.push(providers[i]!);
  }

  const result = await db.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe("SELECT pg_advisory_xact_lock($1)", SYNC_LOCK);
      const [persons, customers, links, blockedRows] = await Promise.all([
        tx.providerPerson.findMany(),
        tx.customer.findMany({ select: { id: true, customerNumber: true } }),
        tx.customerLink.findMany({ select: { customerId: true, provider: true, providerId: true } }),
        tx.customerMatch.findMany({ where: { state: "REJECTED" }, select: { customerId: true, provider: true, providerId: true } }),
      ]);
      const plan = planLinks({
        persons: persons as Person[],
        customers,
        links,
        blocked: new Set(blockedRows.map((b) => `${b.customerId}|${b.provider}|${b.providerId}`)),
        newId: () => `cus_${randomUUID()}`,
      });
      if (plan.newCustomers.length > 0) {
        await tx.customer.createMany({
          data: plan.newCustomers.map((c) => ({ id: c.id, customerNumber: c.customerNumber, displayName: "", email: null })),
        });
      }
      if (plan.newLinks.length > 0) await tx.customerLink.createMany({ data: plan.newLinks, skipDuplicates: true });
      const matches = await tx.customerMatch.createMany({
        data: plan.matches.map((m) => ({ ...m, detail: m.detail as object })),
        skipDuplicates: true,
      });
      // A suggestion that now contradicts someone (e.g. a confirmed link brought in another birth date) becomes a conflict.
      for (const m of plan.matches.filter((x) => x.kind === "CONFLICT")) {
        await tx.customerMatch.updateMany({
          where: { customerId: m.customerId, provider: m.provider, providerId: m.providerId, state: "OPEN", kind: { not: "CONFLICT" } },
          data: { kind: "CONFLICT", detail: m.detail as object },
        });
      }
      // A suggestion whose person now belongs to that customer (e.g. linked by number) needs no decision.
      const obsolete = await tx.$executeRawUnsafe(`
        UPDATE "CustomerMatch" m SET "state" = 'OBSOLETE', "decidedAt" = now()
        FROM "CustomerLink" l
        WHERE m."state" = 'OPEN' AND l."provider" = m."provider" AND l."providerId" = m."providerId" AND l."customerId" = m."customerId"`);
      // All of them, one statement: a person whose name or KYC changed changes their customer's summary too.
      await refreshCustomerSummaries(tx, null);
      const summary = {
        persons: persons.length,
        newCustomers: plan.newCustomers.length,
        linkedByNumber: plan.newLinks.filter((l) => l.method === "CUSTOMER_NUMBER").length,
        newSuggestions: matches.count,
        obsolete,
        failedProviders: failed,
        emails: new Set(persons.map((p) => normaliseEmail(p.email)).filter(Boolean)).size,
      };
      if (plan.newCustomers.length > 0 || plan.newLinks.length > 0 || matches.count > 0) {
        await appendAudit(tx, { action: "customers.synced", outcome: "SUCCESS", targetType: "customer", details: summary });
      }
      return summary;
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
  return { ...result, ms: Date.now() - started };
}
