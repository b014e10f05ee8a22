import { describe, expect, it } from "vitest";

import { getDb } from "@/lib/db";
import { compareVersions } from "@/lib/portfolios/portfolio-versions";
import { startContractSandbox } from "@/sandbox/investsuite/contract/test-sandbox";
import { forSuite } from "@/scripts/test-support/for-suite";
import { pointAppAtInvestSuite } from "@/scripts/test-support/investsuite-app-client";
import { signInAs } from "@/scripts/test-support/auth";
import { approvedBy } from "@/scripts/test-support/four-eyes";
import { portfolioAuditOutcomes } from "@/scripts/test-support/audit-outcomes";

import { closePortfolioAction, createPortfolioAction, updatePortfolioAction } from "./portfolios";

const sandbox = forSuite(startContractSandbox);
const investSuite = forSuite(async () => pointAppAtInvestSuite(sandbox));
const OWNER = "U01F5WYKRRXZHXT9S6FF1JZNJVZ";

const form = {
  ownerUserId: OWNER,
  name: "Lifecycle test",
  baseCurrency: "EUR",
  moneyType: "PAPER_MONEY",
  manager: "ROBO_ADVISOR_DISCRETIONARY",
  externalId: "",
  policyId: "",
  goalId: "",
  horizonId: "",
  iban: "",
  bic: "",
  paymentReference: "",
} as const;

describe("portfolio lifecycle actions", () => {
  it("creates with an external id derived from our record, changes it, keeps both versions and closes it after a second admin", async () => {
    await signInAs("STAFF");
    const created = await createPortfolioAction(form);
    expect(created.serverError).toBeUndefined();
    const id = created.data!.id;
    const record = await getDb().portfolioCreation.findUniqueOrThrow({ where: { portfolioId: id } });
    expect(record.externalId).toBe(`BO-${record.id}`);
    expect((await investSuite.getPortfolio(id)).external_id).toBe(record.externalId);

    // A Self Investor portfolio must be real money (seed 002): refused before anything is sent.
    const paperSelf = await createPortfolioAction({ ...form, manager: "USER_MANAGED" });
    expect((paperSelf.validationErrors as Record<string, { _errors: string[] }>).moneyType?._errors?.[0]).toMatch(/must be real money/);

    const stale = await updatePortfolioAction({
      portfolioId: id,
      expectedVersion: 7,
      name: "x",
      policyId: "",
      goalId: "",
      horizonId: "",
      startAmount: "",
      recurringDepositAmount: "",
    });
    expect(stale.serverError).toMatch(/changed meanwhile/);

    const changed = await updatePortfolioAction({
      portfolioId: id,
      expectedVersion: 1,
      name: "Lifecycle test (changed)",
      policyId: "",
      goalId: "",
      horizonId: "",
      startAmount: "1500.50",
      recurringDepositAmount: "",
    });
    expect(changed.data).toEqual({ version: 2 });
    const at = await investSuite.getPortfolio(id);
    expect(at.config.manager_settings.start_amount).toBe("1500.5");

    const cmp = await compareVersions(id, 1, 2);
    expect(cmp.rows).toEqual([
      { path: "config.manager_settings.start_amount", kind: "added", before: null, after: "1500.5" },
      { path: "name", kind: "changed", before: "Lifecycle test", after: "Lifecycle test (changed)" },
    ]);

    // STAFF may not close; an admin asks, a second admin approves.
    expect((await closePortfolioAction({ portfolioId: id, reason: "Customer asked" })).serverError).toMatch(/portfolios\.close/);
    await signInAs("ADMIN");
    const filed = await closePortfolioAction({ portfolioId: id, reason: "Customer asked" });
    expect((await investSuite.getPortfolio(id)).deleted).toBe(false);
    const { state } = await approvedBy("ADMIN", filed);
    expect(state).toBe("EXECUTED");
    expect((await investSuite.getPortfolio(id)).deleted).toBe(true);
    expect((await portfolioAuditOutcomes(id)).map((a) => [a.action, a.outcome])).toEqual([
      ["portfolio.created", "SUCCESS"],
      ["portfolio.updated", "SUCCESS"],
      ["portfolio.closed", "SUCCESS"],
    ]);
    expect((await compareVersions(id, null, null)).rows).toEqual([{ path: "deleted", kind: "changed", before: "false", after: "true" }]);

    // A closed portfolio cannot be changed.
    await signInAs("STAFF");
    const late = await updatePortfolioAction({
      portfolioId: id,
      expectedVersion: 3,
      name: "again",
      policyId: "",
      goalId: "",
      horizonId: "",
      startAmount: "",
      recurringDepositAmount: "",
    });
    expect(late.serverError).toMatch(/closed/);
  });

  it("refuses to close a real-money portfolio that still holds money", async () => {
    const page = await investSuite.listPortfolios({ query: "money_type eq 'REAL_MONEY' and status eq 'ACTIVE'", limit: 20 });
    const held = page.results.find((p) => Object.values(p.portfolio).some((q) => Number(q) !== 0));
    if (!held) throw new Error("no real-money portfolio with holdings in the generated data");
    await signInAs("ADMIN");
    const filed = await closePortfolioAction({ portfolioId: held.id, reason: "Should be refused" });
    const { state, error } = await approvedBy("ADMIN", filed);
    expect(state).toBe("FAILED");
    expect(error).toMatch(/still holds/);
    expect((await investSuite.getPortfolio(held.id)).deleted).toBe(false);
  });
});
