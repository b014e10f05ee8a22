import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

import { startSandbox } from "@/sandbox/main";

import type { FetchLike } from "../http";
import { createCashlinkClient, type CashlinkClientOptions } from "./client";
import { freePort } from "../../../scripts/lib/ports";

// Test-only: starts the real sandbox in-process. The client itself never imports sandbox/.

/** Published demo ids (sandbox/cashlink/README.md), copied rather than imported so the client stays independent. */
export const DEMO_CAMPAIGN_ID = "3b0c8f5e-6a1d-4c2e-9f3a-5d7e2b1c4a60";
export const DEMO_INVESTOR_ID = "8d2f6b1a-94c3-4e57-b0a8-1f6c3e9d2a75";
export const DEMO_CLIENT = { clientId: "cashlink-sandbox-client", clientSecret: "cashlink-sandbox-secret" };

/** Nothing listens on port 9 (discard): webhooks and events fail fast instead of reaching a dev server on :3000. */
const NOWHERE = "http://127.0.0.1:9/nowhere";

export type Harness = Awaited<ReturnType<typeof startHarness>>;

export async function startHarness(overrides: Record<string, string> = {}) {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "cashlink-client-"));
  const sandbox = await startSandbox({
    SANDBOX_PORT: String(await freePort()),
    SANDBOX_DATA_DIR: dataDir,
    SANDBOX_IS_USERS: "20",
    SANDBOX_IS_PORTFOLIOS: "40",
    SANDBOX_WA_CUSTOMERS: "20",
    SANDBOX_WA_PRODUCTS: "5",
    SANDBOX_CL_INVITATIONS: "10",
    SANDBOX_CL_WEBHOOK_URL: NOWHERE,
    SANDBOX_CL_WEBHOOK_RETRY_MS: "1",
    SANDBOX_EVENT_HTTP_URL: NOWHERE,
    SANDBOX_WA_WEBHOOK_URLS: NOWHERE,
    SANDBOX_WA_WEBHOOK_RETRY_MS: "1",
    ...overrides,
  });

  /** Every request the client sent, with the status it got (null: no answer). */
  const log: { method: string; path: string; status: number | null }[] = [];
  const recordingFetch: FetchLike = async (url, init) => {
    const entry = { method: init.method ?? "GET", path: new URL(url).pathname.replace(/^\/cashlink/, ""), status: null as number | null };
    log.push(entry);
    const response = await fetch(url, init);
    entry.status = response.status;
    return response;
  };

  return {
    url: sandbox.url,
    log,
    client: (options: Partial<CashlinkClientOptions> = {}) =>
      createCashlinkClient({
        baseUrl: `${sandbox.url}/cashlink`,
        ...DEMO_CLIENT,
        scopes: "investors:read investors:write investments:read investments:write",
        fetch: recordingFetch,
        ...options,
      }),
    async setFaults(faults: Record<string, unknown>) {
      const response = await fetch(`${sandbox.url}/__sandbox/faults/cashlink`, {
        method: "PUT",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(faults),
      });
      if (!response.ok) throw new Error(`setting faults failed: ${response.status} ${await response.text()}`);
    },
    async resetFaults() {
      await fetch(`${sandbox.url}/__sandbox/faults`, { method: "DELETE" });
    },
    async close() {
      await sandbox.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
