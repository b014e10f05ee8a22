import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

import { z } from "zod";

import { parseSettings } from "../../lib/config/parse-settings";

/** The supervisor's own settings; the processes it starts validate theirs again. */
const startSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  SANDBOX_PORT: z.coerce.number().int().min(1).max(65535).default(4010),
  EMBEDDED_DB_PORT: z.coerce.number().int().min(1).max(65535).default(5499),
  DATA_DIR: z.string().default(".data"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// URL")
    .optional(),
  NEXTAUTH_SECRET: z.string().min(32).optional(),
  NEXTAUTH_URL: z.string().url().optional(),
  /** "false" when SANDBOX_URL points at an already running sandbox (or providers are real). */
  START_SANDBOX: z.enum(["true", "false"]).default("true"),
  START_WORKER: z.enum(["true", "false"]).default("true"),
  /** The intake listener (intake/main.ts): the event paths without Next.js; "false" when only the web app serves them. */
  INTAKE_PORT: z.coerce.number().int().min(1).max(65535).default(3001),
  START_INTAKE: z.enum(["true", "false"]).default("true"),
});

export type StartConfig = z.infer<typeof startSchema> & { nextAuthSecret: string };

export async function loadStartConfig(env = process.env): Promise<StartConfig> {
  const config = parseSettings(startSchema, "settings", env);
  await mkdir(config.DATA_DIR, { recursive: true });
  return { ...config, nextAuthSecret: config.NEXTAUTH_SECRET ?? (await localSecret(config.DATA_DIR)) };
}

/**
 * Without NEXTAUTH_SECRET the embedded default makes one and keeps it under the
 * data dir, so sessions survive a restart. Production sets NEXTAUTH_SECRET.
 */
async function localSecret(dataDir: string): Promise<string> {
  const file = path.join(dataDir, "nextauth-secret");
  const existing = (await readFile(file, "utf8").catch(() => "")).trim();
  if (existing.length >= 32) return existing;
  const secret = randomBytes(32).toString("base64url");
  await writeFile(file, secret, { mode: 0o600 });
  return secret;
}
