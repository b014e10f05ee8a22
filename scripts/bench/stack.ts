import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream } from "node:fs";
import path from "node:path";

import { freePort } from "../lib/ports";

export type Stack = {
  baseUrl: string;
  /** The intake listener (intake/main.ts), serving the same event paths without Next.js. */
  intakeUrl: string;
  logFile: string;
  stop(): Promise<void>;
  /** the supervisor (scripts/start.ts); web and worker run under it */ pid?: number;
};
type StackOptions = { dataDir: string; databaseUrl: string; env: Record<string, string>; timeoutMs?: number };

const BUILD_LOCKED = "Another next build process is already running";

/**
 * The repo is shared: another engineer's `npm start` may be rebuilding .next right now,
 * and Next refuses a second build. Wait for theirs and try again (ours then finds the
 * build fresh, or builds once more), rather than fail the bench on a neighbour's lock.
 */
export async function startStackWhenBuildFree(options: StackOptions, log: (message: string) => void, attempts = 12): Promise<Stack> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startStack(options);
    } catch (error) {
      if (attempt >= attempts || !(error as Error).message.includes(BUILD_LOCKED)) throw error;
      log(`another next build is running in this repo; retrying in 20 s (${attempt}/${attempts - 1})`);
      await new Promise((r) => setTimeout(r, 20_000));
    }
  }
}

/**
 * The real stack as operators run it: `scripts/start.ts` (migrations, seed, build
 * when stale, web and worker) on free ports, its own DATA_DIR and the bench database.
 * Its output (an access-log line per request) goes to a file, not the bench table.
 * Not detached, as in `npm test`: Ctrl-C reaches the supervisor too, which stops web
 * and worker itself even if the bench dies first; the bench waits for it to exit.
 */
export async function startStack(options: StackOptions): Promise<Stack> {
  const [port, sandboxPort, dbPort, intakePort] = [await freePort(), await freePort(), await freePort(), await freePort()];
  const logFile = path.join(options.dataDir, "stack.log");
  const log = createWriteStream(logFile);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...options.env,
    PORT: String(port),
    SANDBOX_PORT: String(sandboxPort),
    EMBEDDED_DB_PORT: String(dbPort),
    INTAKE_PORT: String(intakePort),
    START_INTAKE: options.env.START_INTAKE ?? "true",
    DATA_DIR: options.dataDir,
    DATABASE_URL: options.databaseUrl,
    START_SANDBOX: "false",
    // The page bench signs in as the demo STAFF user; on a DATABASE_URL they are seeded only when asked.
    SEED_DEMO_USERS: "true",
  };
  // The bench's own NODE_OPTIONS (e.g. react-server conditions) must not leak into next/worker.
  delete env.NODE_OPTIONS;
  delete env.TEST_DATABASE_URL;
  const child = spawn(path.join("node_modules", ".bin", "tsx"), ["scripts/start.ts"], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let tail = "";
  let ready = false;
  const onData = (chunk: Buffer) => {
    log.write(chunk);
    tail = (tail + chunk.toString()).slice(-8000);
    if (!ready && tail.includes("[start] ready")) ready = true;
  };
  child.stdout!.on("data", onData);
  child.stderr!.on("data", onData);

  const stop = () => stopChild(child).finally(() => log.end());
  const deadline = Date.now() + (options.timeoutMs ?? 300_000);
  while (!ready) {
    if (child.exitCode !== null || child.signalCode !== null) {
      log.end();
      throw new Error(`scripts/start.ts exited before "[start] ready" (log: ${logFile}):\n${tail.slice(-3000)}`);
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(
        `scripts/start.ts was not ready within ${(options.timeoutMs ?? 300_000) / 1000} s (log: ${logFile}):\n${tail.slice(-3000)}`,
      );
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { baseUrl: `http://127.0.0.1:${port}`, intakeUrl: `http://127.0.0.1:${intakePort}`, logFile, stop, pid: child.pid };
}

/** SIGTERM lets the supervisor stop web and worker (the worker drains and acks); SIGKILL only if it hangs. */
async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timedOut = await Promise.race([exited.then(() => false), new Promise<boolean>((r) => setTimeout(() => r(true), 30_000))]);
  if (timedOut) {
    child.kill("SIGKILL");
    await exited;
  }
}
