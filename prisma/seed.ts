import { createPrismaClient } from "../lib/db/create-client";
import { shouldSeedDemoUsers } from "../scripts/lib/seed-policy";
import { DEMO_USERS, ensureUser } from "./factories/users";

/**
 * Idempotent: only missing rows are created. Run by `npm start` on the embedded database;
 * anywhere else only with SEED_DEMO_USERS=true (the demo passwords are public, see
 * scripts/lib/seed-policy.ts), so `npm run db:seed` against production does nothing by accident.
 */
async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set.");
  // npm start passes SEED_DEMO_USERS=true for the embedded database; this process cannot tell embedded from real.
  if (!shouldSeedDemoUsers({ embedded: false, SEED_DEMO_USERS: process.env.SEED_DEMO_USERS })) {
    console.log("seed: demo users not created (set SEED_DEMO_USERS=true to create them).");
    return;
  }
  const db = createPrismaClient(url, 2);
  try {
    for (const user of DEMO_USERS) await ensureUser(db, user);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
