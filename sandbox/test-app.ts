import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import Fastify, { type FastifyInstance, type FastifyServerOptions } from "fastify";

import { sandboxEnvSchema, type SandboxContext } from "./lib/context";

// Test-only: one provider's sandbox on a Fastify app that tests call with `app.inject`, as the
// Cashlink, InvestSuite and WiseAlpha test helpers build it.

/**
 * Creates the sandbox with `create` on its own Fastify app. Its environment is parsed from
 * `env` only (a developer's shell cannot change test results); its data lives in `dataDir`,
 * or in a fresh temp dir named `tmpPrefix…` (pass the same dir again to restart on the same state).
 */
export async function injectedSandbox<S extends { register(app: FastifyInstance): Promise<void> }>(
  create: (ctx: SandboxContext) => Promise<S>,
  env: Record<string, string>,
  data: { dataDir?: string; tmpPrefix: string },
  fastify: FastifyServerOptions = {},
) {
  const dataDir = data.dataDir ?? (await mkdtemp(path.join(tmpdir(), data.tmpPrefix)));
  const parsed = sandboxEnvSchema.parse({ SANDBOX_DATA_DIR: dataDir, ...env });
  const sandbox = await create({ env: parsed, stateFile: (provider) => path.join(dataDir, `${provider}.json`) });
  const app = Fastify({ logger: false, ...fastify });
  await sandbox.register(app);
  await app.ready();
  return { app, sandbox, env: parsed, dataDir };
}
