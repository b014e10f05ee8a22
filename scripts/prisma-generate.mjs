// `prisma generate` for postinstall and builds. Prisma 6.19's CLI tries to download a
// native engine when the datasource's DATABASE_URL is unset (impossible on our
// machines), so a placeholder is supplied; generate never connects to it.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const prisma = fileURLToPath(new URL("../node_modules/.bin/prisma", import.meta.url));
const env = { ...process.env, DATABASE_URL: process.env.DATABASE_URL || "postgresql://placeholder@127.0.0.1:5432/placeholder" };
const result = spawnSync(prisma, ["generate"], { stdio: "inherit", env, shell: process.platform === "win32" });
if (result.error) console.error(`prisma generate could not start: ${result.error.message}`);
process.exit(result.status ?? 1);
