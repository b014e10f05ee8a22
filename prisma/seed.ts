import { createPrismaClient } from "../lib/db/create-client";
import { DEMO_USERS, ensureUser } from "./factories/users";

/** Idempotent: run by `npm start` on every start; only missing rows are created. */
async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set.");
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
