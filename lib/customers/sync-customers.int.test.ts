import { afterAll, describe, expect, it } from "vitest";

import { createPrismaClient } from "@/lib/db/create-client";
import { forSuite } from "@/scripts/test-support/for-suite";

import { matchPersons, normaliseCustomerNumber, normaliseEmail } from "./match-rules";
import { syncCustomers } from "./sync-customers";
import { startCustomerSandboxes } from "./test-sandbox";

const db = createPrismaClient(process.env.DATABASE_URL!, 4);
const sandboxes = forSuite(startCustomerSandboxes, 120_000);

afterAll(async () => {
  await db.$disconnect();
});

type Row = Awaited<ReturnType<typeof db.providerPerson.findMany>>[number];
const key = (p: { provider: string; providerId: string }) => `${p.provider}|${p.providerId}`;

/** Pairs of persons at different providers, straight from what the providers returned. */
function pairs(persons: Row[], keep: (a: Row, b: Row) => boolean) {
  const out: [Row, Row][] = [];
  for (let i = 0; i < persons.length; i++)
    for (let j = i + 1; j < persons.length; j++) {
      const a = persons[i]!;
      const b = persons[j]!;
      if (a.provider !== b.provider && keep(a, b)) out.push([a, b]);
    }
  return out;
}

describe("customer sync against the sandboxes' default persons", () => {
  it("links every shared customer number, suggests every e-mail-only match, flags every conflict", async () => {
    const startedAt = new Date();
    const first = await syncCustomers(db, sandboxes.clients);
    expect(first.failedProviders).toEqual([]);

    // Only what the sandboxes answered (other test files may have left persons of their own).
    const persons = await db.providerPerson.findMany({ where: { syncedAt: { gte: startedAt } } });
    const links = new Map((await db.customerLink.findMany()).map((l) => [key(l), l.customerId]));
    const matches = await db.customerMatch.findMany();
    const customerOf = (p: Row) => links.get(key(p));
    // Quadratic pairing is only needed over persons that share something.
    const withNumber = persons.filter((p) => p.customerNumber);
    const withEmail = persons.filter((p) => p.email);
    const emailCounts = new Map<string, number>();
    for (const p of withEmail) emailCounts.set(p.email!, (emailCounts.get(p.email!) ?? 0) + 1);
    const numberCounts = new Map<string, number>();
    for (const p of withNumber) numberCounts.set(p.customerNumber!, (numberCounts.get(p.customerNumber!) ?? 0) + 1);

    const sameNumber = pairs(
      withNumber.filter((p) => numberCounts.get(p.customerNumber!)! > 1),
      (a, b) => normaliseCustomerNumber(a.customerNumber) === normaliseCustomerNumber(b.customerNumber),
    );
    const sameEmail = pairs(
      withEmail.filter((p) => emailCounts.get(p.email!)! > 1),
      (a, b) => normaliseEmail(a.email) === normaliseEmail(b.email),
    );
    const emailOnly = sameEmail.filter(([a, b]) => matchPersons(a, b)?.kind === "EMAIL");
    const conflicts = sameEmail.filter(([a, b]) => matchPersons(a, b)?.kind === "CONFLICT");

    // The sandbox READMEs' bank persons: 40 numbers in two or three providers, 16 e-mail-only pairs, 5 conflicts.
    expect(new Set(sameNumber.map(([a]) => a.customerNumber)).size).toBe(40);
    expect(emailOnly).toHaveLength(16);
    expect(conflicts).toHaveLength(5);

    for (const [a, b] of sameNumber) expect(customerOf(a), `${key(a)} and ${key(b)} share ${a.customerNumber}`).toBe(customerOf(b));
    const matchFor = (moved: Row, host: Row) =>
      matches.find((m) => key(m) === key(moved) && m.customerId === customerOf(host)) ??
      matches.find((m) => key(m) === key(host) && m.customerId === customerOf(moved));
    for (const [a, b] of emailOnly) {
      expect(customerOf(a)).not.toBe(customerOf(b));
      expect(matchFor(a, b), `${key(a)} ~ ${key(b)}`).toMatchObject({ kind: "EMAIL", state: "OPEN" });
    }
    for (const [a, b] of conflicts) {
      expect(customerOf(a)).not.toBe(customerOf(b));
      expect(matchFor(a, b), `${key(a)} ≠ ${key(b)}`).toMatchObject({ kind: "CONFLICT", state: "OPEN" });
    }
    expect(matches.filter((m) => m.kind === "NAME_BIRTH_DATE")).toHaveLength(3);

    const customer = await db.customer.findUniqueOrThrow({ where: { id: customerOf(sameNumber[0]![0])! } });
    expect(customer.providers.length).toBeGreaterThanOrEqual(2);
    expect(customer.displayName).not.toBe("");

    // A second run changes nothing: the same persons, links and suggestions.
    const second = await syncCustomers(db, sandboxes.clients);
    expect(second).toMatchObject({ newCustomers: 0, linkedByNumber: 0, newSuggestions: 0 });
    expect(await db.customerLink.count()).toBe(links.size);
  }, 180_000);
});
