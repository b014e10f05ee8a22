import { createInvestSuiteClient, type InvestSuiteClient, type InvestSuiteClientOptions } from "@/lib/providers/investsuite/client";
import { DEMO_LOGIN, startContractSandbox, type ContractSandbox } from "@/sandbox/investsuite/contract/test-sandbox";

/** A client of the test's own on the contract sandbox, signed in with the demo login; `extra` adds e.g. a counting fetch or a timeout. */
export function demoInvestSuiteClient(sandbox: ContractSandbox, extra: Partial<InvestSuiteClientOptions> = {}): InvestSuiteClient {
  return createInvestSuiteClient({ baseUrl: sandbox.baseUrl, username: DEMO_LOGIN.username, password: DEMO_LOGIN.password, ...extra });
}

/** The contract sandbox with such a client: where the payout, reconciliation and event tests start. */
export async function startInvestSuiteWithClient() {
  const sandbox = await startContractSandbox();
  return { sandbox, investSuite: demoInvestSuiteClient(sandbox) };
}

/**
 * Points the app's InvestSuite client at a test sandbox: the shared client is built on
 * first use from the environment, so the environment is set and any cached client dropped.
 * Returns a client of the test's own, independent of the app's, to look at the sandbox.
 */
export function pointAppAtInvestSuite(sandbox: ContractSandbox): InvestSuiteClient {
  process.env.INVESTSUITE_BASE_URL = sandbox.baseUrl;
  process.env.INVESTSUITE_USERNAME = DEMO_LOGIN.username;
  process.env.INVESTSUITE_PASSWORD = DEMO_LOGIN.password;
  delete (globalThis as { investSuite?: unknown }).investSuite;
  return demoInvestSuiteClient(sandbox);
}
