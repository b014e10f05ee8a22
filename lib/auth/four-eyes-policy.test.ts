import { describe, expect, it } from "vitest";

import { FOUR_EYES_CONDITIONS, FOUR_EYES_POLICY, isFourEyesKind } from "./four-eyes-policy";
import { PAYLOADS } from "@/lib/validations/four-eyes";

import { isPermission, PERMISSIONS } from "./permissions";

const rules = Object.entries(FOUR_EYES_POLICY);
/** The user-management and withdrawal kinds: only an ADMIN approves them. */
const ADMIN_APPROVED = [
  "user.create_admin",
  "user.promote_admin",
  "user.reset_password",
  "user.reset_second_factor",
  "withdrawal.approve",
] as const;

describe("the four-eyes policy table", () => {
  it.each(rules)("%s names permissions from the permission table", (_kind, rule) => {
    expect(isPermission(rule.request)).toBe(true);
    expect(isPermission(rule.approve)).toBe(true);
    expect(rule.condition.length).toBeGreaterThan(10);
  });

  it("covers every sensitive action the issue names", () => {
    for (const kind of [
      ...ADMIN_APPROVED,
      "portfolio.change_brokerage_account",
      "portfolio.block",
      "order.place_above_limit",
      "onboarding_case.decide_high_risk",
    ]) {
      expect(isFourEyesKind(kind), kind).toBe(true);
    }
    expect(isFourEyesKind("toString")).toBe(false);
  });

  it("user-management and withdrawal approvals are ADMIN-only to approve", () => {
    for (const kind of ADMIN_APPROVED) {
      expect(PERMISSIONS[FOUR_EYES_POLICY[kind].approve]).toEqual(["ADMIN"]);
    }
  });
});

describe("the table and the change requests agree", () => {
  it("every row enforced by a change request has a payload schema (and so, by type, an executor), and no kind runs without a row", () => {
    const byRequest = rules.filter(([, rule]) => rule.enforcedBy === "change-request").map(([kind]) => kind);
    expect(Object.keys(PAYLOADS).sort()).toEqual(byRequest.sort());
  });
});

describe("the conditions of the conditional rows", () => {
  it("creating an ADMIN needs a second person, STAFF and COMPLIANCE do not", () => {
    expect(FOUR_EYES_CONDITIONS.createUser("ADMIN")).toBe(true);
    expect(FOUR_EYES_CONDITIONS.createUser("STAFF")).toBe(false);
    expect(FOUR_EYES_CONDITIONS.createUser("COMPLIANCE")).toBe(false);
  });

  it("only a promotion to ADMIN needs a second person", () => {
    expect(FOUR_EYES_CONDITIONS.changeRole("STAFF", "ADMIN")).toBe(true);
    expect(FOUR_EYES_CONDITIONS.changeRole("ADMIN", "ADMIN")).toBe(false);
    expect(FOUR_EYES_CONDITIONS.changeRole("ADMIN", "STAFF")).toBe(false);
  });

  it("orders above the configured amount per currency, compared as decimals", () => {
    expect(FOUR_EYES_CONDITIONS.placeOrder("EUR:50000", "EUR", "50000.01")).toBe(true);
    expect(FOUR_EYES_CONDITIONS.placeOrder("EUR:50000", "eur", "50000.00")).toBe(false);
    expect(FOUR_EYES_CONDITIONS.placeOrder("EUR:50000", "GBP", "9999999")).toBe(false);
    expect(FOUR_EYES_CONDITIONS.placeOrder("", "EUR", "9999999")).toBe(false);
  });
});
