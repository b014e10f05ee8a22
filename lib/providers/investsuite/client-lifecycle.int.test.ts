import { randomUUID } from "node:crypto";

import { describe, expect, it } from "vitest";

import { forSuite } from "@/scripts/test-support/for-suite";

import { ProviderError } from "../errors";
import { startContractSandbox, DEMO_LOGIN } from "../../../sandbox/investsuite/contract/test-sandbox";
import { createInvestSuiteClient } from "./client";

/** Portfolio lifecycle (seed 002), transactions (provider-apis.md §1.8) and users (seed 001) against the sandbox over HTTP. */
describe("InvestSuite client: portfolio lifecycle", () => {
  const sandbox = forSuite(startContractSandbox);
  const client = () => createInvestSuiteClient({ baseUrl: sandbox.baseUrl, username: DEMO_LOGIN.username, password: DEMO_LOGIN.password });
  const OWNER = "U01F5WYKRRXZHXT9S6FF1JZNJVZ";

  it("creates, changes and deletes a portfolio; each change is a new version", async () => {
    const externalId = `bo-${randomUUID()}`;
    const created = await client().createPortfolio({
      external_id: externalId,
      name: "General investing",
      owned_by_user_id: OWNER,
      base_currency: "EUR",
      money_type: "PAPER_MONEY",
      config: { manager: "ROBO_ADVISOR_DISCRETIONARY", manager_version: 1, manager_settings: {} },
    });
    expect(created).toMatchObject({ version: 1, deleted: false, external_id: externalId, money_type: "PAPER_MONEY" });
    expect(created.config.manager_settings.active).toBe(true);

    const changed = await client().patchPortfolio(created.id, { name: "Child's education" });
    expect(changed).toMatchObject({ version: 2, name: "Child's education" });

    const deleted = await client().deletePortfolio(created.id);
    expect(deleted).toMatchObject({ deleted: true, version: 3 });
    // The external id stays taken, so a repeated create is found through it.
    expect((await client().findPortfolioByExternalId(externalId))?.id).toBe(created.id);
  });

  it("surfaces the documented error bodies: 409 for a taken external_id, 422 for a write-once field, 404 after delete", async () => {
    const externalId = `bo-${randomUUID()}`;
    const body = {
      external_id: externalId,
      name: "Pension",
      owned_by_user_id: OWNER,
      base_currency: "USD",
      money_type: "REAL_MONEY",
      config: { manager: "USER_MANAGED", manager_version: 1, manager_settings: {} },
    } as const;
    const first = await client().createPortfolio(body);

    const duplicate = await client()
      .createPortfolio(body)
      .catch((e: unknown) => e);
    expect(duplicate).toBeInstanceOf(ProviderError);
    expect((duplicate as ProviderError).status).toBe(409);
    expect(JSON.stringify((duplicate as ProviderError).details)).toContain('"loc":["body","external_id"]');

    const writeOnce = await client()
      .patchPortfolio(first.id, { money_type: "PAPER_MONEY" })
      .catch((e: unknown) => e);
    expect((writeOnce as ProviderError).status).toBe(422);
    expect(JSON.stringify((writeOnce as ProviderError).details)).toContain("allow_mutation=False");

    await client().deletePortfolio(first.id);
    const gone = await client()
      .patchPortfolio(first.id, { name: "x" })
      .catch((e: unknown) => e);
    expect((gone as ProviderError).status).toBe(404);
  });

  it("posts and lists a portfolio's transactions", async () => {
    const portfolio = await client().createPortfolio({
      name: "Savings",
      owned_by_user_id: OWNER,
      base_currency: "EUR",
      money_type: "REAL_MONEY",
      config: { manager: "USER_MANAGED", manager_version: 1, manager_settings: {} },
    });
    const tx = await client().createTransaction(portfolio.id, {
      external_id: "core-1",
      movements: [
        { type: "CASH_DEPOSIT", status: "EXECUTED", datetime: "2026-11-01T09:00:00+00:00", instrument_id: "$EUR", quantity: "250.10" },
      ],
    });
    expect(tx).toMatchObject({ portfolio_id: portfolio.id, type: "CASH_TRANSFER", status: "EXECUTED" });
    const page = await client().listTransactions(portfolio.id, { limit: 10 });
    expect(page.count).toBe(1);
    expect(page.results[0]?.movements[0]?.quantity).toBe("250.1");
  });

  it("searches users and reads one", async () => {
    const page = await client().listUsers({ query: "last_name eq 'S*'", limit: 5 });
    for (const u of page.results) expect(u.last_name?.startsWith("S")).toBe(true);
    const user = await client().getUser(OWNER);
    expect(user.id).toBe(OWNER);
  });
});
