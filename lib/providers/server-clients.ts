import "server-only";

import type { z } from "zod";

import { parseSettings } from "../config/parse-settings";

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

function parse<S extends z.ZodType>(schema: S, provider: string): z.infer<S> {
  // As the worker reads them (worker/env.ts): an empty variable is not set.
  return parseSettings(schema, `${provider} settings`, process.env);
}
