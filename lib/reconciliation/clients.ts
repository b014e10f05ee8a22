import { cashlinkClientOptions, cashlinkConfigSchema } from "@/lib/providers/cashlink/config";
import { createCashlinkClient } from "@/lib/providers/cashlink/client";
import { investSuiteClientOptions, investSuiteConfigSchema } from "@/lib/providers/investsuite/config";
import { createInvestSuiteClient } from "@/lib/providers/investsuite/client";
import type { FetchLike } from "@/lib/providers/http";
import { wiseAlphaClientOptions, wiseAlphaConfigSchema } from "@/lib/providers/wisealpha/config";
import { createWiseAlphaClient } from "@/lib/providers/wisealpha/client";

// No `server-only`: the worker, the web app and tests build these. Credentials come from the environment.

export type ReconciliationClients = {
  investSuite: ReturnType<typeof createInvestSuiteClient>;
  wiseAlpha: ReturnType<typeof createWiseAlphaClient>;
  cashlink: ReturnType<typeof createCashlinkClient>;
};

/** Builds clients over the given fetch; a run makes one set per check so each check's calls are counted apart. */
export type ClientFactory = (fetch: FetchLike) => ReconciliationClients;

/** Clients configured from the environment (the same settings the app and worker use). */
export function clientsFromEnv(env: NodeJS.ProcessEnv = process.env): ClientFactory {
  const investSuite = investSuiteClientOptions(investSuiteConfigSchema.parse(env));
  const wiseAlpha = wiseAlphaClientOptions(wiseAlphaConfigSchema.parse(env));
  const cashlink = cashlinkClientOptions(cashlinkConfigSchema.parse(env));
  return (fetch) => ({
    investSuite: createInvestSuiteClient({ ...investSuite, fetch }),
    wiseAlpha: createWiseAlphaClient({ ...wiseAlpha, fetch }),
    cashlink: createCashlinkClient({ ...cashlink, fetch }),
  });
}
