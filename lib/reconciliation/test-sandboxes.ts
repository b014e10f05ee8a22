import { NO_DELIVERIES, startTestSandbox } from "@/sandbox/test-sandbox";

import { createCashlinkClient } from "../providers/cashlink/client";
import type { FetchLike } from "../providers/http";
import { createInvestSuiteClient } from "../providers/investsuite/client";
import { createWiseAlphaClient } from "../providers/wisealpha/client";
import type { ClientFactory } from "./clients";

// Test-only: all three sandboxes in-process, controls on, every event and webhook going nowhere,
// so our records learn of a change only through the reconciliation.

const WA_SUPER_KEY = "wa-sandbox-super-0000000000000000000000000";
const IS_LOGIN = { username: "backoffice@bank.example", password: "sandbox-password" };
const CL_CLIENT = {
  clientId: "cashlink-sandbox-client",
  clientSecret: "cashlink-sandbox-secret",
  scopes: "investors:read investments:read",
};

export type Sandboxes = Awaited<ReturnType<typeof startSandboxes>>;

export async function startSandboxes(overrides: Record<string, string> = {}) {
  const sandbox = await startTestSandbox("reconciliation-", {
    SANDBOX_HOST: "127.0.0.1",
    SANDBOX_CONTROLS: "true",
    SANDBOX_IS_USERS: "40",
    SANDBOX_IS_PORTFOLIOS: "80",
    SANDBOX_WA_CUSTOMERS: "30",
    SANDBOX_WA_PRODUCTS: "5",
    SANDBOX_CL_INVITATIONS: "10",
    ...NO_DELIVERIES,
    ...overrides,
  });
  const clients: ClientFactory = (fetch: FetchLike) => ({
    investSuite: createInvestSuiteClient({ baseUrl: `${sandbox.url}/investsuite`, ...IS_LOGIN, fetch }),
    wiseAlpha: createWiseAlphaClient({ baseUrl: `${sandbox.url}/wisealpha/v1`, apiKey: WA_SUPER_KEY, fetch }),
    cashlink: createCashlinkClient({ baseUrl: `${sandbox.url}/cashlink`, ...CL_CLIENT, fetch }),
  });

  return {
    url: sandbox.url,
    clients,
    /** Uncounted clients for the test's own reads and for the worker's correctors. */
    direct: clients((url, init) => fetch(url, init)),
    /** A scenario control, e.g. control("POST", "/wisealpha/__sandbox/drift/orders/X/fill"). */
    control: sandbox.control,
    close: sandbox.close,
  };
}
