import path from "node:path";

import { isBuildStale } from "./lib/build-if-stale";
import { assertPortFree, waitForHttp, waitForPort } from "./lib/ports";
import { createSupervisor, run } from "./lib/processes";
import { onShutdown } from "../lib/on-shutdown";
import { loadStartConfig } from "./lib/start-config";
import { shouldSeedDemoUsers } from "./lib/seed-policy";

/**
 * `npm start`: database (embedded unless DATABASE_URL), migrations and seed, the
 * production build when sources changed, then web, worker and sandbox. Waits for
 * health, prints the URL and sign-ins; Ctrl-C stops everything, database last.
 */
const bin = (name: string) => path.join("node_modules", ".bin", name);
const log = (message: string) => console.log(`[start] ${message}`);

async function main() {
  const started = Date.now();
  const config = await loadStartConfig();
  const embedded = !config.DATABASE_URL;
  const sandboxUrl = process.env.SANDBOX_URL ?? `http://127.0.0.1:${config.SANDBOX_PORT}`;
  // The sandbox posts where production's load balancer sends provider events: the intake listener when it runs.
  const intakeUrl = `http://127.0.0.1:${config.START_INTAKE === "true" ? config.INTAKE_PORT : config.PORT}`;

  await assertPortFree(config.PORT, "PORT");
  if (config.START_SANDBOX === "true") await assertPortFree(config.SANDBOX_PORT, "SANDBOX_PORT");
  if (config.START_INTAKE === "true") await assertPortFree(config.INTAKE_PORT, "INTAKE_PORT");
  if (embedded) await assertPortFree(config.EMBEDDED_DB_PORT, "EMBEDDED_DB_PORT");

  const supervisor = createSupervisor((message) => void shutdown(1, message));
  let shuttingDown = false;
  async function shutdown(code: number, reason?: string) {
    if (shuttingDown) return;
    shuttingDown = true;
    if (reason) console.error(`[start] ${reason} Stopping everything.`);
    else log("stopping…");
    await supervisor.stopAll();
    process.exit(code);
  }
  onShutdown(() => shutdown(0));

  const databaseUrl = config.DATABASE_URL ?? `postgresql://postgres:postgres@127.0.0.1:${config.EMBEDDED_DB_PORT}/postgres?sslmode=disable`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: config.nextAuthSecret,
    NEXTAUTH_URL: config.NEXTAUTH_URL ?? `http://localhost:${config.PORT}`,
    SANDBOX_URL: sandboxUrl,
    SANDBOX_PORT: String(config.SANDBOX_PORT),
    INTAKE_PORT: String(config.INTAKE_PORT),
    SANDBOX_DATA_DIR: process.env.SANDBOX_DATA_DIR ?? path.join(config.DATA_DIR, "sandbox"),
    SANDBOX_EVENT_HTTP_URL: process.env.SANDBOX_EVENT_HTTP_URL ?? `${intakeUrl}/api/intake/investsuite`,
    SANDBOX_WA_WEBHOOK_URLS: process.env.SANDBOX_WA_WEBHOOK_URLS ?? `${intakeUrl}/api/webhooks/wisealpha`,
    SANDBOX_CL_WEBHOOK_URL: process.env.SANDBOX_CL_WEBHOOK_URL ?? `${intakeUrl}/api/webhooks/cashlink`,
    // The sandbox signs with whatever the app is configured to verify, so the two never drift apart.
    ...(process.env.INVESTSUITE_PUSH_SECRET &&
      !process.env.SANDBOX_EVENT_HTTP_SECRET && { SANDBOX_EVENT_HTTP_SECRET: process.env.INVESTSUITE_PUSH_SECRET }),
    ...(process.env.WISEALPHA_WEBHOOK_KEY &&
      !process.env.SANDBOX_WA_WEBHOOK_KEY && { SANDBOX_WA_WEBHOOK_KEY: process.env.WISEALPHA_WEBHOOK_KEY }),
    // InvestSuite's bus: the sandbox publishes where the worker consumes.
    SANDBOX_EVENT_TRANSPORT: process.env.SANDBOX_EVENT_TRANSPORT ?? process.env.EVENT_TRANSPORT ?? "http",
    ...(process.env.AMQP_URL && { SANDBOX_AMQP_URL: process.env.SANDBOX_AMQP_URL ?? process.env.AMQP_URL }),
    ...(process.env.AMQP_EXCHANGE && { SANDBOX_AMQP_EXCHANGE: process.env.SANDBOX_AMQP_EXCHANGE ?? process.env.AMQP_EXCHANGE }),
    ...(process.env.MQTT_URL && { SANDBOX_MQTT_URL: process.env.SANDBOX_MQTT_URL ?? process.env.MQTT_URL }),
    ...(process.env.MQTT_TOPIC && { SANDBOX_MQTT_TOPIC: process.env.SANDBOX_MQTT_TOPIC ?? process.env.MQTT_TOPIC }),
    // Provider clients follow the sandbox's port unless real URLs are configured.
    INVESTSUITE_BASE_URL: process.env.INVESTSUITE_BASE_URL ?? `${sandboxUrl}/investsuite`,
    WISEALPHA_BASE_URL: process.env.WISEALPHA_BASE_URL ?? `${sandboxUrl}/wisealpha/v1`,
    CASHLINK_BASE_URL: process.env.CASHLINK_BASE_URL ?? `${sandboxUrl}/cashlink`,
    SANDBOX_CL_WEBHOOK_TOKEN:
      process.env.SANDBOX_CL_WEBHOOK_TOKEN ?? process.env.CASHLINK_WEBHOOK_TOKEN ?? "sandbox-cashlink-webhook-token",
  };

  try {
    if (embedded) {
      log(`starting the embedded database (PGlite, data in ${path.join(config.DATA_DIR, "pglite")})`);
      supervisor.start(
        "database",
        bin("tsx"),
        ["scripts/lib/embedded-db.ts", path.join(config.DATA_DIR, "pglite"), String(config.EMBEDDED_DB_PORT)],
        { ...env, SERVICE_NAME: "database" },
      );
      await waitForPort(config.EMBEDDED_DB_PORT, 60_000);
    } else {
      log("using DATABASE_URL");
    }

    log("applying migrations");
    await run("prisma migrate deploy", bin("prisma"), ["migrate", "deploy"], env);
    // The demo users' passwords are public (README): never on a real database unless asked for.
    if (shouldSeedDemoUsers({ embedded, SEED_DEMO_USERS: process.env.SEED_DEMO_USERS })) {
      log("seeding demo users (only missing ones)");
      await run("seed", bin("tsx"), ["prisma/seed.ts"], { ...env, SEED_DEMO_USERS: "true" });
    } else {
      log("not seeding demo users (DATABASE_URL is set; SEED_DEMO_USERS=true seeds them)");
    }

    const build = await isBuildStale();
    if (build.stale) {
      log("building the web app (sources changed since the last build)");
      await run("next build", bin("next"), ["build"], { ...env, NEXT_TELEMETRY_DISABLED: "1" });
      await build.markBuilt();
    }

    if (config.START_SANDBOX === "true") {
      supervisor.start("sandbox", bin("tsx"), ["sandbox/main.ts"], { ...env, SERVICE_NAME: "sandbox" }, false);
    }
    if (config.START_WORKER === "true") {
      supervisor.start("worker", bin("tsx"), ["worker/main.ts"], { ...env, SERVICE_NAME: "worker" }, false);
    }
    if (config.START_INTAKE === "true") {
      supervisor.start("intake", bin("tsx"), ["intake/main.ts"], { ...env, SERVICE_NAME: "intake" }, false);
    }
    supervisor.start("web", bin("next"), ["start", "-p", String(config.PORT)], {
      ...env,
      SERVICE_NAME: "web",
      NEXT_TELEMETRY_DISABLED: "1",
    });

    await waitForHttp(`http://127.0.0.1:${config.PORT}/api/health`, 120_000);
    if (config.START_SANDBOX === "true") await waitForHttp(`${sandboxUrl}/health`, 60_000);
    if (config.START_INTAKE === "true") await waitForHttp(`http://127.0.0.1:${config.INTAKE_PORT}/health`, 60_000);
  } catch (error) {
    await shutdown(1, (error as Error).message);
    return;
  }

  log(`ready in ${Math.round((Date.now() - started) / 1000)} s`);
  console.log(`
  Back office:  http://localhost:${config.PORT}
  Sandbox:      ${sandboxUrl}
  Event intake: ${config.START_INTAKE === "true" ? `http://localhost:${config.INTAKE_PORT} (/api/webhooks/*, /api/intake/*)` : "the web app's routes"}
  Database:     ${embedded ? `embedded PGlite on 127.0.0.1:${config.EMBEDDED_DB_PORT}` : "DATABASE_URL"}

  Demo sign-ins (see README):
    staff@bank.example       demo-staff-password        STAFF
    compliance@bank.example  demo-compliance-password   COMPLIANCE
    admin@bank.example       demo-admin-password        ADMIN
    admin2@bank.example      demo-admin2-password       ADMIN

  Ctrl-C stops everything.
`);
}

main().catch((error) => {
  console.error(`[start] ${(error as Error).message}`);
  process.exit(1);
});
