import { spawn, type ChildProcess } from "node:child_process";
import { mkdir } from "node:fs/promises";
import path from "node:path";

import { freePort, waitForHttp } from "../lib/ports";

/** Nothing listens on port 9: the sandbox's pushes (events, webhooks) fail fast instead of reaching a dev server. */
export const NOWHERE = "http://127.0.0.1:9/none";

/**
 * `npm run sandbox` (sandbox/main.ts) as a child process on a free port, with its default data
 * in a fresh `dir`, no scenario controls and its event pushes going nowhere; `env` adds to or
 * overrides that. Answers once /health does (within `readyWithinMs`, else it is stopped and
 * this throws); `stop` ends it and waits for the exit.
 */
export async function startSandboxProcess(dir: string, env: Record<string, string>, readyWithinMs: number) {
  await mkdir(dir, { recursive: true });
  const port = await freePort();
  const child = spawn(path.join("node_modules", ".bin", "tsx"), ["sandbox/main.ts"], {
    env: {
      ...process.env,
      SANDBOX_PORT: String(port),
      SANDBOX_HOST: "127.0.0.1",
      SANDBOX_DATA_DIR: dir,
      SANDBOX_CONTROLS: "false",
      SANDBOX_EVENT_HTTP_URL: NOWHERE,
      LOG_LEVEL: "warn",
      NODE_OPTIONS: "",
      ...env,
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const stop = () => stopChild(child);
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(`${url}/health`, readyWithinMs);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop, pid: child.pid ?? 0 };
}

async function stopChild(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  await exited;
}
