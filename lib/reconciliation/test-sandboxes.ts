import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

import { startSandbox } from "@/sandbox/main";

import { createCashlinkClient } from "../providers/cashlink/client";
import type { FetchLike } from "../providers/http";
import { createInvestSuiteClient } from "../providers/investsuite/client";
import { createWiseAlphaClient } from "../providers/wisealpha/client";
import { freePort } from "../../scripts/lib/ports";
import type { ClientFactory } from "./clients";

// Test-only: all three sandboxes in-process, controls on, every event and webhook going nowhere,
// so our records learn of a change only through the reconciliation.

const NOWHERE = "http://127.0.0.1:9/nowhere";
const WA_SUPER_KEY = "wa-sandbox-super-0000000000000000000000000";
const IS_LOGIN = { username: "backoffice@bank.example", password: "sandbox-password" };
const CL_CLIENT = {
  clientId: "cashlink-sandbox-client",
  clientSecret: "cashlink-sandbox-secret",
  scopes: "investors:read investments:read",
};

export type Sandboxes = Awaited<ReturnType<typeof startSandboxes>>;

export async function startSandboxes(overrides: Record<string, string> = {}) {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "reconciliation-"));
  const sandbox = await startSandbox({
    SANDBOX_PORT: String(await freePort()),
    SANDBOX_HOST: "127.0.0.1",
    SANDBOX_DATA_DIR: dataDir,
    SANDBOX_CONTROLS: "true",
    SANDBOX_IS_USERS: "40",
    SANDBOX_IS_PORTFOLIOS: "80",
    SANDBOX_WA_CUSTOMERS: "30",
    SANDBOX_WA_PRODUCTS: "5",
    SANDBOX_CL_INVITATIONS: "10",
    SANDBOX_WA_WEBHOOK_URLS: NOWHERE,
    SANDBOX_WA_WEBHOOK_RETRY_MS: "1",
    SANDBOX_CL_WEBHOOK_URL: NOWHERE,
    SANDBOX_CL_WEBHOOK_RETRY_MS: "1",
    SANDBOX_EVENT_HTTP_URL: NOWHERE,
    ...overrides,
  });
  const clients: ClientFactory = (fetch: FetchLike) => ({
    investSuite: createInvestSuiteClient({ baseUrl: `${sandbox.url}/investsuite`, ...IS_LOGIN, fetch }),
    wiseAlpha: createWiseAlphaClient({ baseUrl: `${sandbox.url}/wisealpha/v1`, apiKey: WA_SUPER_KEY, fetch }),
    cashlink: createCashlinkClient({ baseUrl: `${sandbox.url}/cashlink`, ...CL_CLIENT, fetch }),
  });

  /** A scenario control, e.g. control("POST", "/wisealpha/__sandbox/drift/orders/X/fill"). */
  async function control<T = unknown>(method: "GET" | "POST", controlPath: string, body?: unknown): Promise<T> {
    const response = await fetch(`${sandbox.url}${controlPath}`, {
      method,
      headers: body === undefined ? {} : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${controlPath}: HTTP ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  }

  return {
    url: sandbox.url,
    clients,
    /** Uncounted clients for the test's own reads and for the worker's correctors. */
    direct: clients((url, init) => fetch(url, init)),
    control,
    async close() {
      sandbox.app.server.closeAllConnections();
      await sandbox.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
