import { createCashlinkClient } from "@/lib/providers/cashlink/client";
import { createInvestSuiteClient } from "@/lib/providers/investsuite/client";
import { createWiseAlphaClient } from "@/lib/providers/wisealpha/client";
import { NO_DELIVERIES, startTestSandbox } from "@/sandbox/test-sandbox";

import type { CustomerSyncClients } from "./sync-customers";

// Test-only: the three sandboxes in-process with their default persons (the bank persons need them).

export async function startCustomerSandboxes() {
  const sandbox = await startTestSandbox("customers-", {
    SANDBOX_CONTROLS: "true",
    // Portfolios do not change the persons; fewer make the start quicker.
    SANDBOX_IS_PORTFOLIOS: "200",
    ...NO_DELIVERIES,
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
    close: sandbox.close,
  };
}
