import { describe, expect, it } from "vitest";

import { hasPermission, isPermission, PERMISSIONS } from "./permissions";

describe("hasPermission", () => {
  it.each([
    ["STAFF", "users.manage", false],
    ["COMPLIANCE", "users.manage", false],
    ["ADMIN", "users.manage", true],
    ["STAFF", "audit.read", false],
    ["ADMIN", "audit.export", true],
    ["STAFF", "home.read", true],
    ["COMPLIANCE", "home.read", true],
  ] as const)("%s → %s = %s", (role, permission, expected) => {
    expect(hasPermission(role, permission)).toBe(expected);
  });

  it("denies by default: unknown roles, unknown permissions and no role", () => {
    expect(hasPermission("ROOT", "users.manage")).toBe(false);
    expect(hasPermission("ADMIN", "users.delete_everything")).toBe(false);
    expect(hasPermission(null, "home.read")).toBe(false);
    expect(hasPermission("ADMIN", "__proto__")).toBe(false);
  });

  it("names every permission noun.verb", () => {
    for (const name of Object.keys(PERMISSIONS)) expect(name).toMatch(/^[a-z_]+\.[a-z_]+$/);
    expect(isPermission("toString")).toBe(false);
  });
});
