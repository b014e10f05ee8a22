import { DEMO_CLIENT, type Harness as CashlinkHarness } from "@/lib/providers/cashlink/test-sandbox";
import { SUPER_KEY, type Harness as WiseAlphaHarness } from "@/lib/providers/wisealpha/test-sandbox";

// Test-only: the app's provider clients are built on first use from the environment and cached
// per process (lib/providers/server-clients.ts), so a test sets the environment and drops the
// cached client before the first action runs. Each returns a client of the test's own.

/** Points the app's WiseAlpha client at a test sandbox, with the sandbox's super-account key. */
export function pointAppAtWiseAlpha(harness: WiseAlphaHarness) {
  process.env.WISEALPHA_BASE_URL = `${harness.url}/wisealpha/v1`;
  process.env.WISEALPHA_API_KEY = SUPER_KEY;
  delete (globalThis as { wiseAlpha?: unknown }).wiseAlpha;
  return harness.client();
}

/** Points the app's Cashlink client at a test sandbox, with the sandbox's demo client credentials. */
export function pointAppAtCashlink(harness: CashlinkHarness) {
  process.env.CASHLINK_BASE_URL = `${harness.url}/cashlink`;
  process.env.CASHLINK_CLIENT_ID = DEMO_CLIENT.clientId;
  process.env.CASHLINK_CLIENT_SECRET = DEMO_CLIENT.clientSecret;
  delete (globalThis as { cashlink?: unknown }).cashlink;
  return harness.client();
}
