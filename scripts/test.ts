import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

import { freePort } from "./lib/ports";
import { run } from "./lib/processes";
import { createTestDatabase, type TestDatabase } from "./lib/test-database";

/**
 * `npm test`: unit, integration (fresh database: TEST_DATABASE_URL's server, else
 * embedded) and Playwright e2e against a full stack started by the same supervisor
 * as `npm start`, on its own ports and a fresh database. Stops at the first red suite.
 */
const bin = (name: string) => path.join("node_modules", ".bin", name);
const log = (message: string) => console.log(`\n[test] ${message}`);

async function main() {
  const only = process.argv[2];
  if (!only || only === "static") {
    log("type check, lint and format");
    await run("type check", bin("tsc"), ["--noEmit", "-p", "."], process.env);
    await run("lint", bin("eslint"), ["--max-warnings=0", "."], process.env);
    await run("format check (run `npm run format` to fix)", bin("prettier"), ["--check", "--log-level=warn", "."], process.env);
  }
  await rm(RESULTS, { recursive: true, force: true });
  try {
    if (!only || only === "unit") {
      log("unit tests");
      await run("unit tests", bin("vitest"), ["run", "--project", "unit", ...vitestJson("unit")], process.env);
    }
    if (!only || only === "integration") {
      log("integration tests");
      await run(
        "integration tests",
        bin("vitest"),
        ["run", "--project", "integration", "--no-file-parallelism", ...vitestJson("integration")],
        process.env,
      );
    }
    if (!only || only === "e2e") {
      ensureChromium();
      log("end-to-end tests (Playwright, Chromium)");
      await runE2e();
    }
    log("all suites passed");
  } finally {
    await printTotals();
  }
}

const RESULTS = path.join("test-results", "summary");
const vitestJson = (project: string) => [
  "--reporter=default",
  "--reporter=json",
  `--outputFile.json=${path.join(RESULTS, `vitest-${project}.json`)}`,
];

/** One plain closing line over every suite that ran, e.g. "tests: 1046 passed, 0 failed". */
async function printTotals() {
  const { readFile, readdir } = await import("node:fs/promises");
  let passed = 0;
  let failed = 0;
  for (const name of await readdir(RESULTS).catch(() => [] as string[])) {
    const report = JSON.parse(await readFile(path.join(RESULTS, name), "utf8")) as {
      numPassedTests?: number;
      numFailedTests?: number;
      stats?: { expected: number; unexpected: number; flaky: number };
    };
    passed += report.numPassedTests ?? (report.stats ? report.stats.expected + report.stats.flaky : 0);
    failed += report.numFailedTests ?? report.stats?.unexpected ?? 0;
  }
  console.log(`\ntests: ${passed} passed, ${failed} failed`);
}

async function runE2e() {
  const serverUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  let db: TestDatabase | undefined;
  // A data dir of this run's own: two runs (two checkouts, a developer and CI) never share state.
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "bo-e2e-"));
  // Free ports, so a second run (another checkout, a developer's `npm start`) never collides.
  const [port, sandboxPort, dbPort] = [await freePort(), await freePort(), await freePort()];
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    SANDBOX_PORT: String(sandboxPort),
    EMBEDDED_DB_PORT: String(dbPort),
    INTAKE_PORT: String(await freePort()),
    DATA_DIR: dataDir,
    LOG_LEVEL: "warn",
    // The specs sign in as the README's demo users; on TEST_DATABASE_URL's server they are seeded only when asked.
    SEED_DEMO_USERS: "true",
  };
  delete env.DATABASE_URL;
  if (serverUrl) {
    db = await createTestDatabase();
    env.DATABASE_URL = db.url;
  }
  const databaseUrl = env.DATABASE_URL ?? `postgresql://postgres:postgres@127.0.0.1:${dbPort}/postgres?sslmode=disable`;

  const { spawn } = await import("node:child_process");
  const stack = spawn(bin("tsx"), ["scripts/start.ts"], { env, stdio: ["ignore", "pipe", "inherit"] });
  let output = "";
  stack.stdout.on("data", (chunk: Buffer) => {
    output += chunk.toString();
    if (process.env.E2E_VERBOSE) process.stdout.write(chunk);
  });
  const ready = await new Promise<boolean>((resolve) => {
    const timer = setInterval(() => output.includes("[start] ready") && (clearInterval(timer), resolve(true)), 250);
    stack.once("exit", () => (clearInterval(timer), resolve(false)));
  });
  try {
    if (!ready) throw new Error(`The e2e stack did not start:\n${output.slice(-4000)}`);
    // `npm test e2e -- withdrawals` runs only the matching specs (plus the sign-in setup). Called
    // directly (`tsx scripts/test.ts e2e -- withdrawals`) the `--` arrives too, and Playwright
    // would take everything after it as no filter at all, so it is dropped.
    const filters = process.argv.slice(3).filter((arg, i) => !(i === 0 && arg === "--"));
    await run("e2e tests", bin("playwright"), ["test", "-c", "e2e/playwright.config.ts", ...filters], {
      ...env,
      E2E_BASE_URL: `http://localhost:${port}`,
      E2E_SANDBOX_URL: `http://127.0.0.1:${sandboxPort}`,
      E2E_DATABASE_URL: databaseUrl,
      PLAYWRIGHT_JSON_OUTPUT_NAME: path.resolve(RESULTS, "playwright.json"),
    });
  } finally {
    stack.kill("SIGTERM");
    await new Promise((resolve) => (stack.exitCode !== null ? resolve(null) : stack.once("exit", resolve)));
    await db?.drop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** Installs Debian's chromium when missing and we are root; otherwise says how. */
function ensureChromium() {
  if ([process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].some((p) => p && existsSync(p))) return;
  if (process.getuid?.() !== 0) {
    throw new Error(
      "No Chromium found for the e2e tests. Install Debian's package: `sudo apt-get install chromium`, or set CHROMIUM_PATH.",
    );
  }
  log("installing Debian's chromium (not found)");
  for (const args of [["update"], ["install", "-y", "--no-install-recommends", "chromium"]]) {
    const result = spawnSync("apt-get", args, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
    if (result.status !== 0) throw new Error(`apt-get ${args.join(" ")} failed; install chromium by hand or set CHROMIUM_PATH.`);
  }
}

main().catch((error) => {
  console.error(`\n[test] FAILED: ${(error as Error).message}`);
  process.exit(1);
});
