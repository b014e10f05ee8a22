import { NO_DELIVERIES, SMALL_DATA, startTestSandbox } from "@/sandbox/test-sandbox";

import { recordingFetch } from "../test-fetch-log";
import { createWiseAlphaClient, type WiseAlphaClientOptions } from "./client";

// Test-only: starts the real sandbox in-process. The client itself never imports sandbox/.

/** Published demo values (sandbox/wisealpha/README.md), copied rather than imported so the client stays independent. */
export const SUPER_KEY = "wa-sandbox-super-0000000000000000000000000";
export const DEMO_CUSTOMER = { customerId: "10000001", accountId: "INVACC00000001" } as const;

export type Harness = Awaited<ReturnType<typeof startHarness>>;

export async function startHarness(overrides: Record<string, string> = {}) {
  const sandbox = await startTestSandbox("wisealpha-client-", { SANDBOX_CONTROLS: "true", ...SMALL_DATA, ...NO_DELIVERIES, ...overrides });

  /** Every request the client sent, with the status it got (null: no answer). */
  const { log, fetch: recorded } = recordingFetch(/^\/wisealpha\/v1/);

  return {
    url: sandbox.url,
    log,
    client: (options: Partial<WiseAlphaClientOptions> = {}) =>
      createWiseAlphaClient({ baseUrl: `${sandbox.url}/wisealpha/v1`, apiKey: SUPER_KEY, fetch: recorded, ...options }),
    /** A WiseAlpha scenario control, e.g. control("POST", "customers/10000001/compliance", {...}). */
    control: (method: "GET" | "POST", controlPath: string, body?: unknown) =>
      sandbox.control(method, `/wisealpha/__sandbox/${controlPath}`, body),
    setFaults: (faults: Record<string, unknown>) => sandbox.control("PUT", "/__sandbox/faults/wisealpha", faults),
    resetFaults: () => sandbox.control("DELETE", "/__sandbox/faults"),
    close: sandbox.close,
  };
}
