import { afterAll, describe, expect, it } from "vitest";

import type { CurrentUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";

import { confirmMatch, rejectMatch, unlinkPerson } from "./decide-links";
import { syncCustomers, type CustomerSyncClients } from "./sync-customers";

const db = getDb();
const reviewer: CurrentUser = { id: "reviewer-1", email: "reviewer@bank.example", name: "Reviewer", role: "COMPLIANCE", sessionId: "s" };
const tag = Date.now().toString(36);

async function* items<T>(list: T[]) {
  yield* list;
}

/** Provider clients answering fixed persons: the sync's rules without a sandbox. */
function clients(users: object[], customers: object[], investors: object[]) {
  return {
    investSuite: { iterateUsers: () => items(users) },
    wiseAlpha: { iterateCustomers: () => items(customers) },
    cashlink: { iterateInvestors: () => items(investors) },
  } as unknown as CustomerSyncClients;
}

const validation = { status: "invest", aml_check: { status: "Auto Check Passed", passed: true } };
const user = (id: string, number: string | null, email: string) => ({
  id,
  external_id: number,
  first_name: "Ann",
  last_name: "Lee",
  email,
  status: "ACTIVE",
});
const waCustomer = (id: string, number: string | null, email: string, dob: string) => ({
  customer_id: id,
  external_id: number,
  email,
  first_name: "Ann",
  last_name: "Lee",
  date_of_birth: dob,
  address: null,
  validation,
});
const investor = (id: string, email: string, dob: string) => ({
  id,
  natural_person: { forename: "Ann", surname: "Lee", birth_date: dob },
  communication: { email },
  is_identified: true,
});

afterAll(async () => {
  await db.$disconnect();
});

describe("link decisions", () => {
  it("confirms a suggestion with its reason, rejects another for good, and an unlink is not undone by the next sync", async () => {
    const number = `CUST-T${tag}`.toUpperCase();
    const persons = clients(
      [user(`U${tag}`, number, `ann.${tag}@example.com`)],
      [waCustomer(`9${tag}`, null, `ANN.${tag}@example.com`, "1980-01-01")],
      [investor(`inv-${tag}`, `ann.${tag}@example.com`, "1979-12-31")],
    );
    await syncCustomers(db as never, persons);
    const host = await db.customer.findUniqueOrThrow({ where: { customerNumber: number } });
    const matches = await db.customerMatch.findMany({ where: { customerId: host.id }, orderBy: { provider: "asc" } });
    // WiseAlpha and Cashlink share the e-mail but not the birth date: both are conflicts, neither is linked.
    expect(matches.map((m) => [m.provider, m.kind, m.state])).toEqual([
      ["WISEALPHA", "CONFLICT", "OPEN"],
      ["CASHLINK", "CONFLICT", "OPEN"],
    ]);
    expect(await db.customerLink.count({ where: { customerId: host.id } })).toBe(1);

    await confirmMatch(reviewer, matches[0]!.id, "Same person, checked by phone");
    await expect(confirmMatch(reviewer, matches[0]!.id, "again")).rejects.toThrow(/already confirmed/);
    await rejectMatch(reviewer, matches[1]!.id, "Different birth dates: not the same person");
    const link = await db.customerLink.findUniqueOrThrow({
      where: { provider_providerId: { provider: "WISEALPHA", providerId: `9${tag}` } },
    });
    expect(link).toMatchObject({
      customerId: host.id,
      method: "CONFIRMED_SUGGESTION",
      confirmedById: reviewer.id,
      reason: "Same person, checked by phone",
    });
    const audits = await db.auditEntry.findMany({ where: { targetId: host.id }, orderBy: { id: "asc" } });
    expect(audits.map((a) => [a.action, a.actorId])).toEqual([
      ["customer.link_confirmed", reviewer.id],
      ["customer.link_rejected", reviewer.id],
    ]);

    await unlinkPerson(reviewer, host.id, "INVESTSUITE", "Wrong number at InvestSuite");
    await syncCustomers(db as never, persons);
    const isLink = await db.customerLink.findUniqueOrThrow({
      where: { provider_providerId: { provider: "INVESTSUITE", providerId: `U${tag}` } },
    });
    expect(isLink.customerId).not.toBe(host.id);
    expect(await db.customerMatch.count({ where: { customerId: host.id, provider: "CASHLINK", state: "OPEN" } })).toBe(0);
    expect((await db.auditEntry.findFirstOrThrow({ where: { targetId: host.id, action: "customer.unlinked" } })).details).toMatchObject({
      reason: "Wrong number at InvestSuite",
    });
  });
});
