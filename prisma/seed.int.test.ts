import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";

import { describe, expect, it } from "vitest";

import { getDb } from "@/lib/db";

const run = promisify(execFile);
const DEMO_EMAILS = ["staff@bank.example", "compliance@bank.example", "admin@bank.example", "admin2@bank.example"];

/** prisma/seed.ts as `npm start` and `npm run db:seed` run it, against the test database. */
async function seed(extraEnv: Record<string, string>) {
  const env = { ...process.env, ...extraEnv };
  delete env.SEED_DEMO_USERS;
  Object.assign(env, extraEnv);
  await run(path.join("node_modules", ".bin", "tsx"), ["prisma/seed.ts"], { env, timeout: 60_000 });
}

const demoUsers = () => getDb().user.count({ where: { email: { in: DEMO_EMAILS } } });

describe("prisma/seed.ts (finding 14: any DATABASE_URL got two public ADMIN sign-ins)", () => {
  it("creates no demo users on a database unless SEED_DEMO_USERS=true, then creates the four", async () => {
    await getDb().user.deleteMany({ where: { email: { in: DEMO_EMAILS } } });
    await seed({ DATABASE_URL: process.env.DATABASE_URL! });
    expect(await demoUsers()).toBe(0);
    await seed({ DATABASE_URL: process.env.DATABASE_URL!, SEED_DEMO_USERS: "true" });
    expect(await demoUsers()).toBe(4);
  });
});
