import { describe, expect, it } from "vitest";

import { matchPersons, normaliseEmail, normaliseName } from "./match-rules";
import { planLinks, type Person } from "./plan-links";

const id = (over: Partial<Person> = {}): Person => ({
  provider: "INVESTSUITE",
  providerId: "U1",
  customerNumber: null,
  email: null,
  firstName: "Anna",
  lastName: "Müller",
  birthDate: null,
  ...over,
});

function plan(persons: Person[], blocked: string[] = []) {
  let n = 0;
  return planLinks({ persons, customers: [], links: [], blocked: new Set(blocked), newId: () => `c${++n}` });
}

describe("matching rules", () => {
  it("normalises e-mails: case, surrounding space and Unicode width, but keeps plus-tags", () => {
    expect(normaliseEmail("  Anna.Mueller@Example.COM ")).toBe("anna.mueller@example.com");
    expect(normaliseEmail("ａｎｎａ@example.com")).toBe("anna@example.com");
    expect(normaliseEmail("anna+bank@example.com")).not.toBe(normaliseEmail("anna@example.com"));
    expect(normaliseEmail("not-an-address")).toBeNull();
    expect(normaliseEmail("")).toBeNull();
  });

  it("normalises names without accents, case or extra spaces", () => {
    expect(normaliseName("Anna", "Müller")).toBe(normaliseName(" ANNA ", "muller"));
    expect(normaliseName("Jan", "De  Smet")).toBe("jan de smet");
  });

  it("links on the exact customer number only (case and space aside)", () => {
    expect(matchPersons(id({ customerNumber: "CUST-000123" }), id({ customerNumber: " cust-000123" }))).toEqual({ kind: "NUMBER" });
    expect(matchPersons(id({ customerNumber: "CUST-000123" }), id({ customerNumber: "CUST-0001234" }))).toBeNull();
  });

  it("suggests on the same e-mail, or on the same name and birth date, never on a name alone", () => {
    expect(matchPersons(id({ email: "A@x.com" }), id({ email: "a@X.com", firstName: "Other" }))).toEqual({ kind: "EMAIL" });
    expect(matchPersons(id({ birthDate: "1980-02-03" }), id({ birthDate: "1980-02-03T00:00:00Z" }))).toEqual({ kind: "NAME_BIRTH_DATE" });
    expect(matchPersons(id(), id())).toBeNull();
    expect(matchPersons(id({ birthDate: "1980-02-03" }), id())).toBeNull();
  });

  it("flags a conflict: same e-mail or number with a different birth date, or an e-mail shared by two numbers", () => {
    expect(matchPersons(id({ email: "a@x.com", birthDate: "1980-01-01" }), id({ email: "a@x.com", birthDate: "1981-01-01" }))?.kind).toBe(
      "CONFLICT",
    );
    expect(
      matchPersons(id({ customerNumber: "C1", birthDate: "1980-01-01" }), id({ customerNumber: "C1", birthDate: "1990-01-01" }))?.kind,
    ).toBe("CONFLICT");
    expect(matchPersons(id({ customerNumber: "C1", email: "a@x.com" }), id({ customerNumber: "C2", email: "a@x.com" }))?.kind).toBe(
      "CONFLICT",
    );
  });
});

describe("planLinks", () => {
  const is = id({ provider: "INVESTSUITE", providerId: "U1", customerNumber: "CUST-1", email: "a@x.com" });
  const wa = id({ provider: "WISEALPHA", providerId: "10000001", customerNumber: "CUST-1", email: "a@x.com", birthDate: "1980-01-01" });
  const cl = id({ provider: "CASHLINK", providerId: "inv-1", customerNumber: "cust-1 ", email: "A@x.com", birthDate: "1980-01-01" });

  it("links every person carrying the same number into one customer", () => {
    const out = plan([cl, wa, is]);
    expect(out.newCustomers).toEqual([{ id: "c1", customerNumber: "CUST-1" }]);
    expect(out.newLinks.map((l) => [l.customerId, l.provider])).toEqual([
      ["c1", "INVESTSUITE"],
      ["c1", "WISEALPHA"],
      ["c1", "CASHLINK"],
    ]);
    expect(out.matches).toEqual([]);
  });

  it("never auto-links a conflict, even with the same number: the person stays alone and the conflict is flagged", () => {
    const out = plan([wa, { ...cl, birthDate: "1999-09-09" }]);
    expect(out.newLinks.filter((l) => l.customerId === "c1").map((l) => l.provider)).toEqual(["WISEALPHA"]);
    expect(out.matches).toEqual([expect.objectContaining({ customerId: "c1", provider: "CASHLINK", kind: "CONFLICT" })]);
  });

  it("only suggests an e-mail match, into the customer that has the number", () => {
    const out = plan([is, { ...wa, customerNumber: null }]);
    expect(out.newCustomers).toHaveLength(2);
    expect(out.matches).toEqual([
      expect.objectContaining({ customerId: "c1", provider: "WISEALPHA", providerId: "10000001", kind: "EMAIL" }),
    ]);
  });

  it("flags same e-mail with different birth dates and never links it", () => {
    const out = plan([
      { ...wa, customerNumber: null },
      { ...cl, customerNumber: null, birthDate: "1971-01-01" },
    ]);
    expect(new Set(out.newLinks.map((l) => l.customerId)).size).toBe(2);
    expect(out.matches).toEqual([expect.objectContaining({ provider: "CASHLINK", kind: "CONFLICT" })]);
  });

  it("does not link or suggest a pair a reviewer rejected", () => {
    expect(plan([is, { ...wa, customerNumber: null }], ["c1|WISEALPHA|10000001"]).matches).toEqual([]);
    const numbered = plan([is, wa], ["c1|WISEALPHA|10000001"]);
    expect(numbered.newLinks.find((l) => l.provider === "WISEALPHA")?.customerId).toBe("c2");
  });
});
