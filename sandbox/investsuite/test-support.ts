import { rm } from "node:fs/promises";

import { injectedSandbox } from "../test-app";
import type { EventTransport } from "./event-transports";
import { createSandbox } from "./sandbox";

/** Collects what the sandbox would deliver, for tests that do not need a real receiver. */
export function memoryTransport() {
  const sent: { id: string; fqn: string; body: string }[] = [];
  const transport: EventTransport = {
    async send(event) {
      sent.push(event);
    },
    async close() {},
  };
  return {
    transport,
    sent,
    parsed: () => sent.map((e) => JSON.parse(e.body) as { subject: string; action: string; data: Record<string, unknown> }),
  };
}

export type TestSandbox = Awaited<ReturnType<typeof startTestSandbox>>;

/**
 * Builds a Fastify app with only the InvestSuite sandbox, small data and a temp data dir,
 * for `app.inject`. Pass `dataDir` to restart on the same state.
 */
export async function startTestSandbox(env: Record<string, string> = {}, options: { transport?: EventTransport; dataDir?: string } = {}) {
  const transport = options.transport ?? memoryTransport().transport;
  const { app, sandbox, dataDir } = await injectedSandbox(
    (ctx) => createSandbox(ctx, { transport }),
    {
      SANDBOX_SEED: "7",
      SANDBOX_IS_USERS: "50",
      SANDBOX_IS_PORTFOLIOS: "300",
      SANDBOX_IS_EVENT_RETRY_BASE_MS: "10",
      SANDBOX_CONTROLS: "true",
      ...env,
    },
    { dataDir: options.dataDir, tmpPrefix: "is-sandbox-" },
  );

  const login = async () => {
    const res = await app.inject({
      method: "POST",
      url: "/investsuite/auth/login/",
      payload: { access_key_id: "sandbox-access-key", secret_access_key: "sandbox-secret-key" },
    });
    return (res.json() as { access_token: string }).access_token;
  };
  const token = await login();
  const api = (method: "GET" | "POST" | "PATCH" | "DELETE", url: string, payload?: unknown, headers: Record<string, string> = {}) =>
    app.inject({
      method,
      url: `/investsuite${url}`,
      payload: payload as object,
      headers: { authorization: `Bearer ${token}`, ...headers },
    });

  return {
    app,
    sandbox,
    state: sandbox.runtime.state,
    dataDir,
    api,
    login,
    async close(options: { keepData?: boolean } = {}) {
      await app.close();
      await sandbox.close();
      if (!options.keepData) await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Seed 002 "Minimum portfolio" request body, verbatim. */
export const MINIMUM_PORTFOLIO = {
  name: "General investing",
  owned_by_user_id: "U01F5WYKRRXZHXT9S6FF1JZNJVZ",
  base_currency: "USD",
  money_type: "PAPER_MONEY",
  config: { manager: "ROBO_ADVISOR_DISCRETIONARY", manager_version: 1, manager_settings: {} },
};

/** Seed 002 "Typical Robo Advisor portfolio" request body (its `// Optional` comments removed, as JSON has none). */
export const TYPICAL_ROBO_PORTFOLIO = {
  external_id: "your-bank-portfolio-1",
  name: "General investing",
  owned_by_user_id: "U01F5WYKRRXZHXT9S6FF1JZNJVZ",
  base_currency: "USD",
  money_type: "PAPER_MONEY",
  config: {
    manager: "ROBO_ADVISOR_DISCRETIONARY",
    manager_version: 1,
    manager_settings: {
      goal_id: "L01EF46X4872VVN0QRW4XF2ZP6W",
      horizon_id: "H01EQ3429CY6Y2NW0ZF8A8Y2FYJ",
      policy_id: "Y01EF46X9XB437JS4678X0K529C",
    },
  },
  portfolio: { $USD: 10000 },
};

/** Seed 002 "Typical Self Investor portfolio" (the seed's missing comma after bank_account_number restored). */
export const TYPICAL_SELF_INVESTOR_PORTFOLIO = {
  external_id: "your-bank-portfolio-1",
  name: "General investing",
  owned_by_user_id: "U01F5WYKRRXZHXT9S6FF1JZNJVZ",
  base_currency: "USD",
  money_type: "REAL_MONEY",
  config: { manager: "USER_MANAGED", manager_version: 1, manager_settings: {} },
  brokerage_account: { bank_account_type: "IBAN", bank_account_number: "BE01234567891234", payment_reference: "32154796" },
  portfolio: { $USD: 10000 },
};
