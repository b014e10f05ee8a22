import path from "node:path";

import { defineConfig } from "prisma/config";

import { createMigrationAdapter } from "./lib/db/migration-pool";

// Prisma 6.19 with the JavaScript schema engine: no native engine download (see design §4).
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations"), seed: "tsx prisma/seed.ts" },
  async adapter() {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set. `npm start` sets it for the embedded database.");
    return createMigrationAdapter(url);
  },
});
