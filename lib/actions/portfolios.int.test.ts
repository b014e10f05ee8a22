import { afterEach, describe, expect, it, vi } from "vitest";

import { getDb } from "@/lib/db";
import type { Portfolio } from "@/lib/providers/investsuite/transform";
import { startContractSandbox } from "@/sandbox/investsuite/contract/test-sandbox";
import { forSuite } from "@/scripts/test-support/for-suite";
import { pointAppAtInvestSuite } from "@/scripts/test-support/investsuite-app-client";
import { signInAs } from "@/scripts/test-support/auth";
import { approvedBy } from "@/scripts/test-support/four-eyes";
import { portfolioAuditOutcomes } from "@/scripts/test-support/audit-outcomes";

import { approveChangeRequestAction } from "./approvals";

import { blockPortfolioAction, changeBrokerageAccountAction, setFundedSinceAction, unblockPortfolioAction } from "./portfolios";

const sandbox = forSuite(startContractSandbox);
/** Our own view of the sandbox, independent of the app's shared client. */
const investSuite = forSuite(async () => pointAppAtInvestSuite(sandbox));

afterEach(() => {
  vi.restoreAllMocks();
});

const used = new Set<string>();
/** A portfolio no other test here touched, matching the query. */
async function pick(query: string): Promise<Portfolio> {
  const page = await investSuite.listPortfolios({ query, limit: 100 });
  const portfolio = page.results.find((p) => !used.has(p.id));
  if (!portfolio) throw new Error(`no unused portfolio for ${query}`);
  used.add(portfolio.id);
  return portfolio;
}

/** STAFF asks to change the brokerage account of a portfolio that has one. */
async function staffChangesAccount(account: { iban: string; bic: string; paymentReference: string }) {
  const portfolio = await pick("brokerage_account neq null");
  await signInAs("STAFF");
  return { portfolio, filed: await changeBrokerageAccountAction({ portfolioId: portfolio.id, ...account }) };
}

describe("block and unblock", () => {
  it("STAFF is refused by the action and the sandbox portfolio is unchanged", async () => {
    const portfolio = await pick("status eq 'ACTIVE'");
    const staff = await signInAs("STAFF");
    const result = await blockPortfolioAction({ portfolioId: portfolio.id, reason: "Suspected account takeover" });
    expect(result.serverError).toBe("Your role (STAFF) does not allow this (portfolios.block).");
    const after = await investSuite.getPortfolio(portfolio.id);
    expect(after.version).toBe(portfolio.version);
    expect(after.config.manager_settings.active).not.toBe(false);
    expect(await portfolioAuditOutcomes(portfolio.id)).toEqual([]);
    const denial = await getDb().auditEntry.findFirst({ where: { action: "action.denied", actorId: staff.user.id } });
    expect((denial?.details as { attempted?: string }).attempted).toBe("action:blockPortfolio");
  });

  it("ADMIN asks to block with a reason; a second admin approves: the sandbox shows it blocked and the audit entry has before and after", async () => {
    const portfolio = await pick("status eq 'ACTIVE'");
    await signInAs("ADMIN");

    const tooShort = await blockPortfolioAction({ portfolioId: portfolio.id, reason: "no" });
    expect((tooShort.validationErrors as Record<string, { _errors: string[] }>).reason?._errors).toEqual([
      "Give a reason of at least 5 characters.",
    ]);

    const filed = await blockPortfolioAction({ portfolioId: portfolio.id, reason: "Suspected account takeover" });
    expect((await investSuite.getPortfolio(portfolio.id)).version).toBe(portfolio.version);
    const { approver, state, result } = await approvedBy("ADMIN", filed);
    expect(state).toBe("EXECUTED");
    const blocked = await investSuite.getPortfolio(portfolio.id);
    expect(blocked.config.manager_settings.active).toBe(false);
    expect(blocked.status).toBe("INACTIVE");
    expect(result).toEqual({ version: blocked.version, status: "INACTIVE" });

    const [entry] = await portfolioAuditOutcomes(portfolio.id);
    expect(entry).toMatchObject({ action: "portfolio.blocked", outcome: "SUCCESS", actorId: approver.id, actorRole: "ADMIN" });
    expect(entry?.details).toEqual({
      reason: "Suspected account takeover",
      before: { active: true, version: portfolio.version, status: "ACTIVE" },
      after: { active: false, version: blocked.version, status: "INACTIVE" },
      writeId: expect.any(String),
    });

    await signInAs("ADMIN");
    const twice = await approvedBy("ADMIN", await blockPortfolioAction({ portfolioId: portfolio.id, reason: "Blocking it twice" }));
    expect(twice).toMatchObject({ state: "FAILED", error: "This portfolio is already blocked." });

    await signInAs("ADMIN");
    const unblock = await unblockPortfolioAction({ portfolioId: portfolio.id, reason: "Customer identity confirmed" });
    expect((await approvedBy("ADMIN", unblock)).state).toBe("EXECUTED");
    expect((await investSuite.getPortfolio(portfolio.id)).config.manager_settings.active).toBe(true);
    expect((await portfolioAuditOutcomes(portfolio.id)).map((a) => [a.action, a.outcome])).toEqual([
      ["portfolio.blocked", "SUCCESS"],
      ["portfolio.unblocked", "SUCCESS"],
    ]);
  });

  it("the admin who asked cannot approve their own block, and the sandbox is unchanged", async () => {
    const portfolio = await pick("status eq 'ACTIVE'");
    await signInAs("ADMIN");
    const filed = await blockPortfolioAction({ portfolioId: portfolio.id, reason: "Suspected account takeover" });
    const { changeRequestId } = filed.data as { changeRequestId: string };
    expect((await approveChangeRequestAction({ changeRequestId })).serverError).toMatch(/You asked for this change/);
    await signInAs("STAFF");
    expect((await approveChangeRequestAction({ changeRequestId })).serverError).toMatch(/may not approve this \(portfolios\.block\)/);
    const after = await investSuite.getPortfolio(portfolio.id);
    expect(after.version).toBe(portfolio.version);
    expect(after.config.manager_settings.active).not.toBe(false);
    expect(await portfolioAuditOutcomes(portfolio.id)).toEqual([]);
  });

  it("a provider failure is shown with the provider's message and audited as FAILURE", async () => {
    const portfolio = await pick("status eq 'ACTIVE'");
    await signInAs("ADMIN");
    const filed = await blockPortfolioAction({ portfolioId: portfolio.id, reason: "Suspected account takeover" });
    // Only the PATCH fails (a read that fails changes nothing and writes no audit row).
    const realFetch = globalThis.fetch;
    vi.spyOn(globalThis, "fetch").mockImplementation(async (input, init) =>
      init?.method === "PATCH" ? new Response(JSON.stringify({ detail: "Service unavailable" }), { status: 503 }) : realFetch(input, init),
    );
    try {
      const outcome = await approvedBy("ADMIN", filed);
      expect(outcome.state).toBe("FAILED");
      expect(outcome.error).toMatch(/^InvestSuite /);
    } finally {
      vi.restoreAllMocks();
    }
    expect((await investSuite.getPortfolio(portfolio.id)).config.manager_settings.active).not.toBe(false);
    const [entry] = await portfolioAuditOutcomes(portfolio.id);
    expect(entry).toMatchObject({ action: "portfolio.blocked", outcome: "FAILURE" });
    expect((entry?.details as { error: { code: string } }).error.code).toBe("server_error");
  });
});

describe("funded_since", () => {
  it("is set once, then refused with a clear message", async () => {
    const portfolio = await pick("funded_since eq null and money_type eq 'REAL_MONEY'");
    await signInAs("STAFF");
    const first = await setFundedSinceAction({ portfolioId: portfolio.id, fundedSince: "2024-03-01T09:30" });
    expect(first.serverError).toBeUndefined();
    expect((await investSuite.getPortfolio(portfolio.id)).funded_since).toBe("2024-03-01T09:30:00+00:00");

    const again = await setFundedSinceAction({ portfolioId: portfolio.id, fundedSince: "2024-04-01" });
    expect(again.serverError).toBe("funded_since is already set (2024-03-01T09:30:00+00:00). InvestSuite allows setting it only once.");
    expect((await investSuite.getPortfolio(portfolio.id)).funded_since).toBe("2024-03-01T09:30:00+00:00");
    const audits = await portfolioAuditOutcomes(portfolio.id);
    expect(audits.map((a) => [a.action, a.outcome])).toEqual([["portfolio.funded_since_set", "SUCCESS"]]);
    expect(audits[0]?.details).toMatchObject({ before: null, after: "2024-03-01T09:30:00+00:00" });
  });

  it("refuses a future date before calling the provider", async () => {
    await signInAs("STAFF");
    const result = await setFundedSinceAction({ portfolioId: "P01F8ZSNV0J45R9DFZ3D7D8C26F", fundedSince: "2999-01-01" });
    expect((result.validationErrors as Record<string, { _errors: string[] }>).fundedSince?._errors).toEqual([
      "The funding date cannot be in the future.",
    ]);
  });

  it("COMPLIANCE cannot set it", async () => {
    await signInAs("COMPLIANCE");
    const result = await setFundedSinceAction({ portfolioId: "P01F8ZSNV0J45R9DFZ3D7D8C26F", fundedSince: "2024-01-01" });
    expect(result.serverError).toBe("Your role (COMPLIANCE) does not allow this (portfolios.edit).");
  });
});

describe("brokerage account", () => {
  it("a bad IBAN is refused with the field message and nothing is sent", async () => {
    const portfolio = await pick("brokerage_account neq null");
    await signInAs("STAFF");
    const fetchSpy = vi.spyOn(globalThis, "fetch");
    const result = await changeBrokerageAccountAction({
      portfolioId: portfolio.id,
      iban: "BE01234567891234",
      bic: "GEBABEBB",
      paymentReference: "",
    });
    expect((result.validationErrors as Record<string, { _errors: string[] }>).iban?._errors).toEqual([
      "The IBAN's check digits do not match; look for a typing mistake.",
    ]);
    expect(fetchSpy.mock.calls.filter(([url]) => String(url).includes("/investsuite/"))).toEqual([]);
    expect((await investSuite.getPortfolio(portfolio.id)).version).toBe(portfolio.version);
    expect(await portfolioAuditOutcomes(portfolio.id)).toEqual([]);
  });

  it("a NUL in the payment reference is refused next to the field; nothing is filed or sent", async () => {
    const { portfolio, filed: result } = await staffChangesAccount({
      iban: "BE71096123456769",
      bic: "GEBABEBB",
      paymentReference: "ref\u0000x",
    });
    expect((result.validationErrors as Record<string, { _errors: string[] }>).paymentReference?._errors).toEqual([
      "Contains characters that cannot be stored (NUL or a broken character).",
    ]);
    expect(await getDb().changeRequest.count({ where: { targetId: portfolio.id } })).toBe(0);
    expect((await investSuite.getPortfolio(portfolio.id)).version).toBe(portfolio.version);
  });

  it("a valid IBAN and BIC, approved by a second person, replace the account, keeping the broker's ids, audited before/after", async () => {
    const { portfolio, filed } = await staffChangesAccount({ iban: "be71 0961 2345 6769", bic: "gebabebb", paymentReference: "32154796" });
    expect((await investSuite.getPortfolio(portfolio.id)).version).toBe(portfolio.version);
    expect((await approvedBy("STAFF", filed)).state).toBe("EXECUTED");
    const after = await investSuite.getPortfolio(portfolio.id);
    expect(after.brokerage_account).toMatchObject({
      brokerage_portfolio_id: portfolio.brokerage_account?.brokerage_portfolio_id ?? null,
      bank_account_type: "IBAN",
      bank_account_number: "BE71096123456769",
      bank_id: "GEBABEBB",
      payment_reference: "32154796",
    });
    const [entry] = await portfolioAuditOutcomes(portfolio.id);
    expect(entry).toMatchObject({ action: "portfolio.brokerage_account_changed", outcome: "SUCCESS" });
    expect((entry?.details as { before: { bank_account_number: string } }).before.bank_account_number).toBe(
      portfolio.brokerage_account?.bank_account_number,
    );
    expect((entry?.details as { after: { bank_account_number: string } }).after.bank_account_number).toBe("BE71096123456769");
  });
});
