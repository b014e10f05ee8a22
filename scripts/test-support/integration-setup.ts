import type { TestProject } from "vitest/node";

import { createTestDatabase } from "../lib/test-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    /** "embedded": one PGlite backend behind every connection (no separate sessions, so no session locks). */
    databaseKind: "postgres" | "embedded";
  }
}

/** One fresh, migrated database for the integration run; dropped at the end. */
export default async function setup(project: TestProject) {
  const db = await createTestDatabase();
  console.log(`[integration] database: ${db.kind} (${db.url.replace(/\/\/[^@]*@/, "//***@")})`);
  project.provide("databaseUrl", db.url);
  project.provide("databaseKind", db.kind);
  return async () => {
    await db.drop();
  };
}
