import { createCashlinkClient } from "../lib/providers/cashlink/client";
import { cashlinkClientOptions } from "../lib/providers/cashlink/config";
import { createInvestSuiteClient } from "../lib/providers/investsuite/client";
import { investSuiteClientOptions } from "../lib/providers/investsuite/config";
import { createWiseAlphaClient } from "../lib/providers/wisealpha/client";
import { wiseAlphaClientOptions } from "../lib/providers/wisealpha/config";
import type { WorkerEnv } from "./env";

/**
 * The worker's one client per provider, built once from the parsed (and guarded) settings
 * and handed to every job that calls a provider; the web app's are in lib/providers/server-clients.ts.
 */
export function createProviderClients({ providers }: Pick<WorkerEnv, "providers">) {
  return {
    investSuite: createInvestSuiteClient(investSuiteClientOptions(providers.investSuite)),
    wiseAlpha: createWiseAlphaClient(wiseAlphaClientOptions(providers.wiseAlpha)),
    cashlink: createCashlinkClient(cashlinkClientOptions(providers.cashlink)),
  };
}

export type ProviderClients = ReturnType<typeof createProviderClients>;
