import path from "node:path";

import Fastify, { LogController, type FastifyInstance } from "fastify";

import { createSandbox as createCashlink } from "./cashlink/sandbox";
import { createSandbox as createInvestSuite } from "./investsuite/sandbox";
import { sandboxEnvSchema, type ProviderName, type SandboxContext } from "./lib/context";
import { registerFaultControls } from "./lib/faults";
import { onShutdown } from "../lib/on-shutdown";
import { createSandbox as createWiseAlpha } from "./wisealpha/sandbox";

/**
 * A provider sandbox: mounted under /<provider>/ on one port, so a client's base URL
 * is e.g. http://127.0.0.1:4010/investsuite. `close` flushes its state to disk.
 */
export type ProviderSandbox = {
  name: ProviderName;
  register(app: FastifyInstance): Promise<void>;
  close(): Promise<void>;
};

/** Every provider's factory; each mounts its routes under /<provider>/. */
const FACTORIES: ((ctx: SandboxContext) => Promise<ProviderSandbox>)[] = [
  (ctx) => createInvestSuite(ctx),
  (ctx) => createWiseAlpha(ctx),
  (ctx) => createCashlink(ctx),
];

export async function startSandbox(overrides: Record<string, string | undefined> = {}) {
  const parsed = sandboxEnvSchema.safeParse({ ...process.env, ...overrides });
  if (!parsed.success) {
    throw new Error(`Invalid sandbox configuration:\n${parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n")}`);
  }
  const env = parsed.data;
  const ctx: SandboxContext = { env, stateFile: (provider) => path.join(env.SANDBOX_DATA_DIR, `${provider}.json`) };

  // Same JSON shape as the app's pino logs; per-request lines only at debug, so `npm start` stays readable.
  const app = Fastify({
    logger: {
      level: process.env.LOG_LEVEL ?? "info",
      base: { service: "sandbox" },
      timestamp: () => `,"time":"${new Date().toISOString()}"`,
    },
    logController: new LogController({ disableRequestLogging: process.env.LOG_LEVEL !== "debug" }),
    bodyLimit: 15 * 1024 * 1024,
  });
  const started = Date.now();
  const sandboxes = await Promise.all(FACTORIES.map((factory) => factory(ctx)));
  for (const sandbox of sandboxes) await sandbox.register(app);
  if (env.SANDBOX_CONTROLS) registerFaultControls(app);

  app.get("/health", async () => ({ status: "ok", providers: sandboxes.map((s) => s.name), controls: env.SANDBOX_CONTROLS }));

  await app.listen({ port: env.SANDBOX_PORT, host: env.SANDBOX_HOST });
  app.log.info({ ms: Date.now() - started, providers: sandboxes.map((s) => s.name) }, "sandbox ready");

  return {
    app,
    url: `http://${env.SANDBOX_HOST}:${env.SANDBOX_PORT}`,
    async close() {
      await app.close();
      await Promise.all(sandboxes.map((s) => s.close()));
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  startSandbox()
    .then((sandbox) => {
      const stop = async () => {
        await sandbox.close();
        process.exit(0);
      };
      onShutdown(stop);
    })
    .catch((error: NodeJS.ErrnoException) => {
      if (error.code === "EADDRINUSE")
        console.error(`Sandbox port is taken: ${error.message}. Set SANDBOX_PORT or stop the other process.`);
      else console.error(error);
      process.exit(1);
    });
}
