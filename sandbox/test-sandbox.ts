import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

import { freePort } from "../scripts/lib/ports";
import { startSandbox } from "./main";

// Test-only: the whole sandbox (main.ts) in-process, as the contract, client, worker and
// reconciliation tests start it. One place for the free port, the temp data dir and the
// scenario-control call, so each test says only which data and deliveries it wants.

/** Nothing listens on port 9 (discard): webhooks and events fail fast instead of reaching a dev server on :3000. */
export const NOWHERE = "http://127.0.0.1:9/nowhere";

/** Small generated data for all three providers: quick to start, enough for the demo ids the tests use. */
export const SMALL_DATA = {
  SANDBOX_IS_USERS: "20",
  SANDBOX_IS_PORTFOLIOS: "40",
  SANDBOX_WA_CUSTOMERS: "20",
  SANDBOX_WA_PRODUCTS: "5",
  SANDBOX_CL_INVITATIONS: "10",
} as const;

/** Every outbound webhook and event goes nowhere, retried at once: our records learn only from what the test does. */
export const NO_DELIVERIES = {
  SANDBOX_WA_WEBHOOK_URLS: NOWHERE,
  SANDBOX_WA_WEBHOOK_RETRY_MS: "1",
  SANDBOX_CL_WEBHOOK_URL: NOWHERE,
  SANDBOX_CL_WEBHOOK_RETRY_MS: "1",
  SANDBOX_EVENT_HTTP_URL: NOWHERE,
} as const;

export type SandboxControl = <T = unknown>(method: "GET" | "PUT" | "POST" | "DELETE", controlPath: string, body?: unknown) => Promise<T>;

/** Calls a sandbox scenario or fault endpoint (a path below the sandbox's URL) and answers its JSON; a non-2xx answer throws. */
export function sandboxControl(url: string): SandboxControl {
  return async <T = unknown>(method: string, controlPath: string, body?: unknown) => {
    const response = await fetch(`${url}${controlPath}`, {
      method,
      headers: body === undefined ? {} : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${controlPath}: HTTP ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };
}

export type TestSandbox = Awaited<ReturnType<typeof startTestSandbox>>;

/**
 * Starts the sandbox on a free port with its data in a fresh temp dir named `dataDirPrefix…`;
 * `env` is the rest of its environment. `close` drops open sockets first (the timeout fault
 * holds them for 60 s), then removes the data dir.
 */
export async function startTestSandbox(dataDirPrefix: string, env: Record<string, string>) {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), dataDirPrefix));
  const sandbox = await startSandbox({ SANDBOX_PORT: String(await freePort()), SANDBOX_DATA_DIR: dataDir, ...env });
  return {
    url: sandbox.url,
    control: sandboxControl(sandbox.url),
    async close() {
      sandbox.app.server.closeAllConnections();
      await sandbox.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
