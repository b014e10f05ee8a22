import { afterEach, describe, expect, it, vi } from "vitest";

import { getDb } from "@/lib/db";
import type { Portfolio } from "@/lib/providers/investsuite/transform";
import { startContractSandbox } from "@/sandbox/investsuite/contract/test-sandbox";
import { forSuite } from "@/scripts/test-support/for-suite";
import { pointAppAtInvestSuite } from "@/scripts/test-support/investsuite-app-client";
import { signInAs } from "@/scripts/test-support/auth";
import { approvedBy } from "@/scripts/test-support/four-eyes";
import { allowAuditRows, refuseAuditRowOf } from "@/scripts/test-support/refuse-audit";

import { blockPortfolioAction, changeBrokerageAccountAction } from "./portfolios";

/**
 * Finding 2: a provider write is audited before the call (ATTEMPTED) and after it; a
 * database failure after the provider accepted leaves the intent row and tells the user
 * the change may already have been applied. The failure is a real one: a trigger on the
 * audit table refuses the SUCCESS row of the action under test. These writes are under
 * four eyes: the requester files the change and the provider is called when a second
 * person approves, so the approver is the one audited and told the outcome.
 */
const sandbox = forSuite(startContractSandbox);
const investSuite = forSuite(async () => pointAppAtInvestSuite(sandbox));

afterEach(async () => {
  vi.restoreAllMocks();
  await allowAuditRows();
});

const used = new Set<string>();
async function pick(query: string): Promise<Portfolio> {
  const page = await investSuite.listPortfolios({ query, limit: 100 });
  // Other test files share the database and the sandbox's data: take one nobody has audited yet.
  const audited = new Set((await getDb().auditEntry.findMany({ select: { targetId: true } })).map((a) => a.targetId));
  // From the end of the page: portfolios.int.test.ts takes its own from the start and checks their audit rows.
  const portfolio = [...page.results].reverse().find((p) => !used.has(p.id) && !audited.has(p.id))!;
  used.add(portfolio.id);
  return portfolio;
}
const auditsFor = (portfolioId: string) =>
  getDb().auditEntry.findMany({ where: { targetType: "portfolio", targetId: portfolioId }, orderBy: { id: "asc" } });

describe("provider writes are audited before and after the call", () => {
  it("brokerage account: a DB failure after InvestSuite accepted leaves the intent row and says 'may already have been applied'", async () => {
    const portfolio = await pick("status eq 'ACTIVE'");
    await signInAs("STAFF");
    const filed = await changeBrokerageAccountAction({
      portfolioId: portfolio.id,
      iban: "BE71 0961 2345 6769",
      bic: "GEBABEBB",
      paymentReference: "payout-ref",
    });
    await refuseAuditRowOf("portfolio.brokerage_account_changed");
    const outcome = await approvedBy("STAFF", filed);
    expect(outcome.error).toMatch(/may already have been applied at InvestSuite/);
    expect(outcome.error).not.toMatch(/try again/i);
    // The change did happen at the provider...
    expect((await investSuite.getPortfolio(portfolio.id)).brokerage_account?.bank_account_number).toBe("BE71096123456769");
    // ...and our trail says who made the call with what, before the call, with the values.
    const audits = await auditsFor(portfolio.id);
    const intent = audits.find((a) => a.outcome === "ATTEMPTED");
    expect(intent).toMatchObject({ action: "portfolio.brokerage_account_changed", actorId: outcome.approver.id, actorRole: "STAFF" });
    const details = intent!.details as { writeId: string; after: { bank_account_number: string; payment_reference: string } };
    expect(details.after).toMatchObject({ bank_account_number: "BE71096123456769", payment_reference: "payout-ref" });
    expect(outcome.error).toContain(details.writeId);
    expect(audits.filter((a) => a.outcome === "SUCCESS")).toEqual([]);
  });

  it("block: the ATTEMPTED row is committed before the PATCH and the SUCCESS row follows with the same writeId", async () => {
    const portfolio = await pick("status eq 'ACTIVE'");
    await signInAs("ADMIN");
    let auditsWhenPatched: string[] = [];
    const realFetch = globalThis.fetch;
    vi.spyOn(globalThis, "fetch").mockImplementation(async (input, init) => {
      if (init?.method === "PATCH" && String(input).includes(portfolio.id))
        auditsWhenPatched = (await auditsFor(portfolio.id)).map((a) => a.outcome);
      return realFetch(input, init);
    });
    const approval = await approvedBy(
      "ADMIN",
      await blockPortfolioAction({ portfolioId: portfolio.id, reason: "Suspected account takeover" }),
    );
    expect(approval.state).toBe("EXECUTED");
    expect(auditsWhenPatched).toEqual(["ATTEMPTED"]);
    const audits = await auditsFor(portfolio.id);
    expect(audits.map((a) => a.outcome)).toEqual(["ATTEMPTED", "SUCCESS"]);
    const [intent, outcome] = audits.map((a) => a.details as { writeId: string });
    expect(outcome!.writeId).toBe(intent!.writeId);
  });

  it("block: a DB failure after InvestSuite accepted leaves the intent row and says 'may already have been applied'", async () => {
    const portfolio = await pick("status eq 'ACTIVE'");
    await signInAs("ADMIN");
    const filed = await blockPortfolioAction({ portfolioId: portfolio.id, reason: "Suspected account takeover" });
    await refuseAuditRowOf("portfolio.blocked");
    expect((await approvedBy("ADMIN", filed)).error).toMatch(/may already have been applied/);
    expect((await investSuite.getPortfolio(portfolio.id)).config.manager_settings.active).toBe(false);
    const audits = await auditsFor(portfolio.id);
    expect(audits.map((a) => [a.action, a.outcome])).toContainEqual(["portfolio.blocked", "ATTEMPTED"]);
    expect(audits.filter((a) => a.outcome === "SUCCESS")).toEqual([]);
  });

  it("block: when the intent cannot be recorded, InvestSuite is never called", async () => {
    const portfolio = await pick("status eq 'ACTIVE'");
    await signInAs("ADMIN");
    const filed = await blockPortfolioAction({ portfolioId: portfolio.id, reason: "Suspected account takeover" });
    await refuseAuditRowOf("portfolio.blocked", "ATTEMPTED");
    const fetchSpy = vi.spyOn(globalThis, "fetch");
    expect((await approvedBy("ADMIN", filed)).state).toBe("FAILED");
    expect(fetchSpy.mock.calls.filter(([url, init]) => init?.method === "PATCH" && String(url).includes(portfolio.id))).toEqual([]);
    vi.restoreAllMocks();
    expect((await investSuite.getPortfolio(portfolio.id)).config.manager_settings.active).not.toBe(false);
  });
});
