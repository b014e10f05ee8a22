import { NO_DELIVERIES, SMALL_DATA, startTestSandbox } from "@/sandbox/test-sandbox";

import { recordingFetch } from "../test-fetch-log";
import { createCashlinkClient, type CashlinkClientOptions } from "./client";

// Test-only: starts the real sandbox in-process. The client itself never imports sandbox/.

/** Published demo ids (sandbox/cashlink/README.md), copied rather than imported so the client stays independent. */
export const DEMO_CAMPAIGN_ID = "3b0c8f5e-6a1d-4c2e-9f3a-5d7e2b1c4a60";
export const DEMO_INVESTOR_ID = "8d2f6b1a-94c3-4e57-b0a8-1f6c3e9d2a75";
export const DEMO_CLIENT = { clientId: "cashlink-sandbox-client", clientSecret: "cashlink-sandbox-secret" };

export type Harness = Awaited<ReturnType<typeof startHarness>>;

export async function startHarness(overrides: Record<string, string> = {}) {
  const sandbox = await startTestSandbox("cashlink-client-", { ...SMALL_DATA, ...NO_DELIVERIES, ...overrides });

  /** Every request the client sent, with the status it got (null: no answer). */
  const { log, fetch: recorded } = recordingFetch(/^\/cashlink/);

  return {
    url: sandbox.url,
    log,
    client: (options: Partial<CashlinkClientOptions> = {}) =>
      createCashlinkClient({
        baseUrl: `${sandbox.url}/cashlink`,
        ...DEMO_CLIENT,
        scopes: "investors:read investors:write investments:read investments:write",
        fetch: recorded,
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
    close: sandbox.close,
  };
}
