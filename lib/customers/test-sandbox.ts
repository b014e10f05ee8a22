import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

import { createCashlinkClient } from "@/lib/providers/cashlink/client";
import { createInvestSuiteClient } from "@/lib/providers/investsuite/client";
import { createWiseAlphaClient } from "@/lib/providers/wisealpha/client";
import { startSandbox } from "@/sandbox/main";

import { freePort } from "../../scripts/lib/ports";
import type { CustomerSyncClients } from "./sync-customers";

// Test-only: the three sandboxes in-process with their default persons (the bank persons need them).

const NOWHERE = "http://127.0.0.1:9/nowhere";

export async function startCustomerSandboxes() {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "customers-"));
  const sandbox = await startSandbox({
    SANDBOX_PORT: String(await freePort()),
    SANDBOX_DATA_DIR: dataDir,
    SANDBOX_CONTROLS: "true",
    // Portfolios do not change the persons; fewer make the start quicker.
    SANDBOX_IS_PORTFOLIOS: "200",
    SANDBOX_WA_WEBHOOK_URLS: NOWHERE,
    SANDBOX_WA_WEBHOOK_RETRY_MS: "1",
    SANDBOX_CL_WEBHOOK_URL: NOWHERE,
    SANDBOX_CL_WEBHOOK_RETRY_MS: "1",
    SANDBOX_EVENT_HTTP_URL: NOWHERE,
  });
  const clients: CustomerSyncClients = {
    investSuite: createInvestSuiteClient({
      baseUrl: `${sandbox.url}/investsuite`,
      username: "backoffice@bank.example",
      password: "sandbox-password",
    }),
    wiseAlpha: createWiseAlphaClient({ baseUrl: `${sandbox.url}/wisealpha/v1`, apiKey: "wa-sandbox-super-0000000000000000000000000" }),
    cashlink: createCashlinkClient({
      baseUrl: `${sandbox.url}/cashlink`,
      clientId: "cashlink-sandbox-client",
      clientSecret: "cashlink-sandbox-secret",
      scopes: "investors:read investments:read",
    }),
  };
  return {
    url: sandbox.url,
    clients,
    async close() {
      sandbox.app.server.closeAllConnections();
      await sandbox.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
