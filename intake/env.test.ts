import { describe, expect, it } from "vitest";

import { parseIntakeEnv } from "./env";

const DATABASE_URL = "postgresql://postgres@127.0.0.1:5432/app";

describe("intake settings", () => {
  it("defaults the port, pool and proxy hops, and keeps the sandbox webhook secrets", () => {
    const env = parseIntakeEnv({ DATABASE_URL });
    expect(env).toMatchObject({ INTAKE_PORT: 3001, DATABASE_POOL_MAX: 5, TRUSTED_PROXY_HOPS: 1 });
    expect(env.WISEALPHA_WEBHOOK_KEY).toMatch(/^[A-Za-z0-9+/]+={0,2}$/);
  });

  it("treats an empty variable as unset", () => {
    expect(parseIntakeEnv({ DATABASE_URL, INTAKE_PORT: "" }).INTAKE_PORT).toBe(3001);
  });

  it("names every bad variable", () => {
    expect(() => parseIntakeEnv({ DATABASE_URL: "mysql://x", INTAKE_PORT: "70000", WISEALPHA_WEBHOOK_KEY: "not base64!" })).toThrow(
      /DATABASE_URL: must be a postgres:\/\/ URL[\s\S]*INTAKE_PORT[\s\S]*WISEALPHA_WEBHOOK_KEY/,
    );
  });
});
