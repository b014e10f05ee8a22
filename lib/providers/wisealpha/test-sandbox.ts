import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

import { startSandbox } from "@/sandbox/main";

import type { FetchLike } from "../http";
import { createWiseAlphaClient, type WiseAlphaClientOptions } from "./client";
import { freePort } from "../../../scripts/lib/ports";

// Test-only: starts the real sandbox in-process. The client itself never imports sandbox/.

/** Published demo values (sandbox/wisealpha/README.md), copied rather than imported so the client stays independent. */
export const SUPER_KEY = "wa-sandbox-super-0000000000000000000000000";
export const DEMO_CUSTOMER = { customerId: "10000001", accountId: "INVACC00000001" } as const;

/** Nothing listens on port 9 (discard): webhooks and events fail fast instead of reaching a dev server on :3000. */
const NOWHERE = "http://127.0.0.1:9/nowhere";

export type Harness = Awaited<ReturnType<typeof startHarness>>;

export async function startHarness(overrides: Record<string, string> = {}) {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "wisealpha-client-"));
  const sandbox = await startSandbox({
    SANDBOX_PORT: String(await freePort()),
    SANDBOX_DATA_DIR: dataDir,
    SANDBOX_CONTROLS: "true",
    SANDBOX_IS_USERS: "20",
    SANDBOX_IS_PORTFOLIOS: "40",
    SANDBOX_WA_CUSTOMERS: "20",
    SANDBOX_WA_PRODUCTS: "5",
    SANDBOX_CL_INVITATIONS: "10",
    SANDBOX_WA_WEBHOOK_URLS: NOWHERE,
    SANDBOX_WA_WEBHOOK_RETRY_MS: "1",
    SANDBOX_CL_WEBHOOK_URL: NOWHERE,
    SANDBOX_CL_WEBHOOK_RETRY_MS: "1",
    SANDBOX_EVENT_HTTP_URL: NOWHERE,
    ...overrides,
  });

  /** Every request the client sent, with the status it got (null: no answer). */
  const log: { method: string; path: string; status: number | null }[] = [];
  const recordingFetch: FetchLike = async (url, init) => {
    const entry = {
      method: init.method ?? "GET",
      path: new URL(url).pathname.replace(/^\/wisealpha\/v1/, ""),
      status: null as number | null,
    };
    log.push(entry);
    const response = await fetch(url, init);
    entry.status = response.status;
    return response;
  };

  async function send(method: string, controlPath: string, body?: unknown) {
    const response = await fetch(`${sandbox.url}${controlPath}`, {
      method,
      headers: body === undefined ? {} : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${controlPath}: HTTP ${response.status} ${await response.text()}`);
    return (await response.json()) as unknown;
  }

  return {
    url: sandbox.url,
    log,
    client: (options: Partial<WiseAlphaClientOptions> = {}) =>
      createWiseAlphaClient({ baseUrl: `${sandbox.url}/wisealpha/v1`, apiKey: SUPER_KEY, fetch: recordingFetch, ...options }),
    /** A WiseAlpha scenario control, e.g. control("POST", "customers/10000001/compliance", {...}). */
    control: (method: "GET" | "POST", controlPath: string, body?: unknown) => send(method, `/wisealpha/__sandbox/${controlPath}`, body),
    setFaults: (faults: Record<string, unknown>) => send("PUT", "/__sandbox/faults/wisealpha", faults),
    resetFaults: () => send("DELETE", "/__sandbox/faults"),
    async close() {
      // The timeout fault holds sockets open for 60 s; drop them so closing does not wait for that.
      sandbox.app.server.closeAllConnections();
      await sandbox.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
