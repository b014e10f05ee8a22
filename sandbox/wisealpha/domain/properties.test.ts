import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { newCustomer } from "../store/customer-factory";
import { AML_STATUSES, type Customer } from "../store/types";
import { D } from "./money";
import { buyByGross, buyByPrincipal, sellFigures } from "./quote";
import { deriveValidation } from "./validation";

/** Invariants that must hold for any input, not just the seed's examples. */
const cents = fc.integer({ min: 1, max: 10_000_000 }).map((n) => D(n).div(100));
const price = fc.integer({ min: 5000, max: 15000 }).map((n) => D(n).div(100));
const rate = fc.integer({ min: 0, max: 60000 }).map((n) => D(n).div(1_000_000).toString());

describe("quote invariants", () => {
  it("a gross buy spends exactly its amount and buys no more principal than the money allows", () => {
    fc.assert(
      fc.property(cents, price, rate, (amount, p, r) => {
        const f = buyByGross({ accrued_interest_rate: r, zero_interest_fees: false }, amount, p);
        expect(f.total.equals(amount)).toBe(true);
        expect(f.interest.greaterThanOrEqualTo(0)).toBe(true);
        expect(f.principal.mul(p).div(100).add(f.principal.mul(r)).lessThanOrEqualTo(amount.add("0.01"))).toBe(true);
      }),
    );
  });

  it("a principal buy costs principal × price / 100 plus interest, to the penny", () => {
    fc.assert(
      fc.property(cents, price, rate, (principal, p, r) => {
        const f = buyByPrincipal({ accrued_interest_rate: r, zero_interest_fees: false }, principal, p);
        expect(f.total.sub(principal.mul(p).div(100)).sub(principal.mul(r)).abs().lessThanOrEqualTo("0.01")).toBe(true);
      }),
    );
  });

  it("a sale never pays more than value + interest, and fees are never negative", () => {
    fc.assert(
      fc.property(cents, price, rate, fc.boolean(), (principal, p, r, zero) => {
        const f = sellFigures({ accrued_interest_rate: r, zero_interest_fees: zero }, principal, p);
        expect(f.sale_fee.greaterThanOrEqualTo(0) && f.service_fee.greaterThanOrEqualTo(0)).toBe(true);
        expect(f.total.lessThanOrEqualTo(principal.mul(p).div(100).add(f.interest).add("0.01"))).toBe(true);
      }),
    );
  });
});

describe("validation invariants", () => {
  const customer = fc
    .record({
      aml: fc.constantFrom(...AML_STATUSES),
      complete: fc.boolean(),
      investorType: fc.boolean(),
      signup: fc.integer({ min: 0, max: 4 }),
      hy: fc.integer({ min: 0, max: 4 }),
      blocked: fc.boolean(),
      statement: fc.boolean(),
    })
    .map((o): Customer => {
      const c = newCustomer({ customer_id: "10000099", email: "p@example.com", date_joined: "2020-01-01T00:00:00Z" });
      if (o.complete) {
        Object.assign(c, {
          nationality: "GB",
          date_of_birth: "1990-01-01",
          contact_number: "0777",
          tos_acceptance: { date: "2020-01-01", ip_address: "1.1.1.1" },
          address: {
            flat_or_apartment_number: null,
            house_name: null,
            house_number: "1",
            address1: "a",
            address2: null,
            address3: "b",
            address4: null,
            post_code: "c",
            country: "gb",
            from_date: "2010-01-01",
            to_date: null,
          },
          bank_details: { GBP: { account_name: "x", sort_code: "12-34-56", account_number: "12345678", country_code: "gb" } },
          tax_residencies: [{ country: "gb", tax_identification_number: "x" }],
        });
      }
      c.aml_status = o.aml;
      if (o.investorType) c.investor_type = { investor_type_id: 1 };
      c.questionnaires.signup = { failed: Math.min(o.signup, 3), passed: o.signup === 4 };
      c.questionnaires["high-yield"] = { failed: Math.min(o.hy, 3), passed: o.hy === 4 };
      c.withdrawal_blocked = o.blocked;
      if (o.statement) c.requested_documents["bank_statement:GBP"] = { request_reason: "x" };
      return c;
    });

  it("status, flags and next actions stay consistent", () => {
    fc.assert(
      fc.property(customer, (c) => {
        const v = deriveValidation(c, new Date("2026-11-23T00:00:00Z"));
        expect(v.can_invest).toBe(v.status === "invest");
        if (v.can_withdraw || v.can_invest_high_yield || v.can_invest_perpetuals) expect(v.can_invest).toBe(true);
        if (v.can_invest) expect(v.aml_check.passed && v.fields_needed.length === 0 && c.investor_type !== null).toBe(true);
        expect(v.next_actions.includes("provide-missing-fields")).toBe(v.fields_needed.length > 0);
        expect(v.next_actions.includes("select-investor-type")).toBe(c.investor_type === null);
        expect(new Set(v.next_actions).size).toBe(v.next_actions.length);
        expect(Object.keys(v.documents).slice(0, 2)).toEqual(["photo_id", "proof_of_address"]);
      }),
    );
  });
});
