import { describe, expect, it } from "vitest";

import { shouldSeedDemoUsers } from "./seed-policy";

describe("demo users are seeded only on the embedded database or when asked (finding 14)", () => {
  it("seeds the embedded database", () => {
    expect(shouldSeedDemoUsers({ embedded: true, SEED_DEMO_USERS: undefined })).toBe(true);
  });

  it("does not seed a DATABASE_URL unless SEED_DEMO_USERS=true", () => {
    expect(shouldSeedDemoUsers({ embedded: false, SEED_DEMO_USERS: undefined })).toBe(false);
    expect(shouldSeedDemoUsers({ embedded: false, SEED_DEMO_USERS: "" })).toBe(false);
    expect(shouldSeedDemoUsers({ embedded: false, SEED_DEMO_USERS: "false" })).toBe(false);
    expect(shouldSeedDemoUsers({ embedded: false, SEED_DEMO_USERS: "1" })).toBe(false);
    expect(shouldSeedDemoUsers({ embedded: false, SEED_DEMO_USERS: "true" })).toBe(true);
  });
});
