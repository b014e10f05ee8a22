/**
 * The demo users (prisma/factories/users.ts) have passwords published in the README, two
 * of them ADMIN. `npm start` against any DATABASE_URL used to create them, so a real
 * database got two public admin sign-ins. They are seeded only on the embedded database
 * (a developer's machine) or when SEED_DEMO_USERS=true says so (the e2e stack, the bench).
 */
export function shouldSeedDemoUsers(options: { embedded: boolean; SEED_DEMO_USERS: string | undefined }): boolean {
  return options.embedded || options.SEED_DEMO_USERS?.trim().toLowerCase() === "true";
}
