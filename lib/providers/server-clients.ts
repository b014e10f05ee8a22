import "server-only";

import { cashlinkClientOptions, cashlinkConfigSchema } from "./cashlink/config";
import { createCashlinkClient } from "./cashlink/client";
import { investSuiteClientOptions, investSuiteConfigSchema } from "./investsuite/config";
import { createInvestSuiteClient, type InvestSuiteClient } from "./investsuite/client";
import { wiseAlphaClientOptions, wiseAlphaConfigSchema } from "./wisealpha/config";
import { createWiseAlphaClient } from "./wisealpha/client";

/**
 * One client per provider per server process, configured from the environment
 * (validated with each provider's zod config). Clients cache their tokens, so they
 * are shared rather than created per request. Only server code may import this:
 * the credentials never reach the browser.
 */
const globalClients = globalThis as unknown as {
  investSuite?: InvestSuiteClient;
  wiseAlpha?: ReturnType<typeof createWiseAlphaClient>;
  cashlink?: ReturnType<typeof createCashlinkClient>;
};

export function getInvestSuiteClient() {
  globalClients.investSuite ??= createInvestSuiteClient(investSuiteClientOptions(parse(investSuiteConfigSchema, "InvestSuite")));
  return globalClients.investSuite;
}

export function getWiseAlphaClient() {
  globalClients.wiseAlpha ??= createWiseAlphaClient(wiseAlphaClientOptions(parse(wiseAlphaConfigSchema, "WiseAlpha")));
  return globalClients.wiseAlpha;
}

export function getCashlinkClient() {
  globalClients.cashlink ??= createCashlinkClient(cashlinkClientOptions(parse(cashlinkConfigSchema, "Cashlink")));
  return globalClients.cashlink;
}

function parse<T>(
  schema: {
    safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
  },
  provider: string,
): T {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    throw new Error(`Invalid ${provider} settings:\n${parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n")}`);
  }
  return parsed.data;
}
