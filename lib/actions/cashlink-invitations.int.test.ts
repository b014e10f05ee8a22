import { describe, expect, it } from "vitest";

import { getDb } from "@/lib/db";
import { createCashlinkInvestment } from "@/lib/onboarding/create-cashlink-investment";
import { AppError } from "@/lib/errors";
import { ProviderError } from "@/lib/providers/errors";
import type { FetchLike } from "@/lib/providers/http";
import { collect } from "@/lib/providers/pagination";
import { DEMO_CAMPAIGN_ID, DEMO_INVESTOR_ID, startHarness } from "@/lib/providers/cashlink/test-sandbox";
import { signInAs } from "@/scripts/test-support/auth";
import { forSuite } from "@/scripts/test-support/for-suite";
import { pointAppAtCashlink } from "@/scripts/test-support/provider-app-clients";

import { createCashlinkInvestmentAction } from "./cashlink-invitations";

const sandbox = forSuite(startHarness);
/** Our own view of the sandbox, independent of the app's shared client. */
const cashlink = forSuite(async () => pointAppAtCashlink(sandbox));

const SIGNED_AT = "2026-11-20T09:30";

/** A complete invitation (EUR 1,100: self-disclosure, empty survey, NO_ANSWERS waiver), as in Cashlink's guide. */
async function completeInvitation() {
  const created = await cashlink.createInvitation({ investorId: DEMO_INVESTOR_ID, campaignId: DEMO_CAMPAIGN_ID, units: 1100 });
  await cashlink.submitSelfDisclosure(created.id, { submittedAt: "2021-11-15T08:33:45.617Z", monthlyIncome: true, netWorth100k: true });
  await cashlink.submitSurvey(created.id, { submittedAt: "2022-03-22T07:14:13.630308+00:00", answers: [] });
  await cashlink.waiveSurvey(created.id, "NO_ANSWERS");
  return created.id;
}
/** Signs in as COMPLIANCE and returns that person as the lib functions take them (with the session). */
async function signInComplianceActor() {
  const compliance = await signInAs("COMPLIANCE");
  return { ...compliance.user, sessionId: compliance.session.id };
}

/** Every investment Cashlink holds for this invitation: the count that must never exceed one. */
const investmentsAtCashlink = async (invitationId: string) =>
  (await collect(cashlink.iterateInvestments({ investorId: DEMO_INVESTOR_ID }))).filter((i) => i.invitation_id === invitationId);
/** Cashlink holds exactly one investment for the invitation, and it is the one the action reported. */
async function expectTheOneInvestment(invitationId: string, reportedId: string | undefined) {
  const atCashlink = await investmentsAtCashlink(invitationId);
  expect(atCashlink).toHaveLength(1);
  expect(reportedId).toBe(atCashlink[0]!.id);
  return atCashlink[0]!;
}
const audits = (invitationId: string) =>
  getDb().auditEntry.findMany({ where: { targetType: "cashlink_invitation", targetId: invitationId }, orderBy: { id: "asc" } });

describe("create a Cashlink investment from an invitation", () => {
  it("STAFF is refused by the action: no row, no audit of a change, nothing at Cashlink", async () => {
    const invitationId = await completeInvitation();
    const staff = await signInAs("STAFF");
    const result = await createCashlinkInvestmentAction({ invitationId, signedAt: SIGNED_AT });
    expect(result.serverError).toBe("Your role (STAFF) does not allow this (onboarding.act).");
    expect(await getDb().cashlinkInvestmentRequest.count({ where: { invitationId } })).toBe(0);
    expect(await audits(invitationId)).toEqual([]);
    expect(await investmentsAtCashlink(invitationId)).toEqual([]);
    expect((await cashlink.getInvitation(invitationId)).investment_id ?? null).toBeNull();
    const denial = await getDb().auditEntry.findFirst({ where: { action: "action.denied", actorId: staff.user.id } });
    expect((denial?.details as { attempted?: string }).attempted).toBe("action:createCashlinkInvestment");
  });

  it("an incomplete invitation is refused with the reasons, before any write", async () => {
    const created = await cashlink.createInvitation({ investorId: DEMO_INVESTOR_ID, campaignId: DEMO_CAMPAIGN_ID, units: 1100 });
    await cashlink.submitSurvey(created.id, { submittedAt: "2022-03-22T07:14:13.630308+00:00", answers: [] });
    await signInAs("COMPLIANCE");
    const result = await createCashlinkInvestmentAction({ invitationId: created.id, signedAt: SIGNED_AT });
    expect(result.serverError).toBe(
      "The investment cannot be created yet. The investor has not submitted the self-disclosure the amount requires. " +
        'The survey result is NO_ANSWERS, so the investor must sign the survey waiver "NO_ANSWERS".',
    );
    expect(await getDb().cashlinkInvestmentRequest.count({ where: { invitationId: created.id } })).toBe(0);
    expect(await investmentsAtCashlink(created.id)).toEqual([]);
  });

  it("a double submit (two at once, then a third) creates one investment, links the wallet and audits it", async () => {
    const invitationId = await completeInvitation();
    const compliance = await signInAs("COMPLIANCE");
    const [a, b] = await Promise.all([
      createCashlinkInvestmentAction({ invitationId, signedAt: SIGNED_AT }),
      createCashlinkInvestmentAction({ invitationId, signedAt: SIGNED_AT }),
    ]);
    const c = await createCashlinkInvestmentAction({ invitationId, signedAt: "2026-11-21T10:00" });
    const succeeded = [a, b, c].filter((r) => r.data);
    // The concurrent loser is either told it is in progress or gets the same investment.
    for (const r of [a, b]) if (!r.data) expect(r.serverError).toMatch(/being created right now/);
    const ids = new Set(succeeded.map((r) => r.data!.investmentId));
    expect(ids.size).toBe(1);
    expect(c.data?.walletId).toBeTruthy();

    const atCashlink = await investmentsAtCashlink(invitationId);
    expect(atCashlink).toHaveLength(1);
    expect(atCashlink[0]!.id).toBe([...ids][0]);
    expect(atCashlink[0]!.wallet).toBe(c.data!.walletId);
    expect(atCashlink[0]!.signed_at).toMatch(/^2026-11-20T09:30:00/);

    const rows = await getDb().cashlinkInvestmentRequest.findMany({ where: { invitationId } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ state: "CREATED", investmentId: atCashlink[0]!.id, attempts: 1, requestedById: compliance.user.id });
    // Each write at Cashlink has its intent (ATTEMPTED) committed before the call. The concurrent
    // loser may find the investment created and link the wallet too (same key, applied once at
    // Cashlink): its attempt is audited, and only one link is recorded as done.
    const trail = (await audits(invitationId)).map((e) => `${e.action}:${e.outcome}`);
    const linkAttempts = trail.filter((e) => e === "cashlink_investment.wallet_linked:ATTEMPTED").length;
    expect(linkAttempts).toBeGreaterThanOrEqual(1);
    expect(linkAttempts).toBeLessThanOrEqual(2);
    expect(trail.filter((e) => e !== "cashlink_investment.wallet_linked:ATTEMPTED")).toEqual([
      "cashlink_investment.requested:SUCCESS",
      "cashlink_investment.created:ATTEMPTED",
      "cashlink_investment.created:SUCCESS",
      "cashlink_investment.wallet_linked:SUCCESS",
    ]);
    expect(trail.indexOf("cashlink_investment.wallet_linked:ATTEMPTED")).toBeLessThan(
      trail.indexOf("cashlink_investment.wallet_linked:SUCCESS"),
    );
  });

  it("a timeout after Cashlink accepted: the retry replays the same key and finds the same investment", async () => {
    const invitationId = await completeInvitation();
    const actor = await signInComplianceActor();
    // The request reaches Cashlink and is applied; the answer is lost on the way back.
    const lostAnswer: FetchLike = async (url, init) => {
      const response = await fetch(url, init);
      if (init.method === "POST" && new URL(url).pathname.endsWith("/v2/investments/")) {
        await response.text();
        throw new TypeError("fetch failed: socket hang up");
      }
      return response;
    };
    const flaky = sandbox.client({ fetch: lostAnswer, retries: 0 });
    const error = await createCashlinkInvestment(
      actor,
      { invitationId, signedAt: new Date("2026-11-20T09:30Z") },
      { cashlink: flaky },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toMatch(/^Cashlink did not confirm the investment: .* cannot create a second investment\.$/);
    expect(await getDb().cashlinkInvestmentRequest.findUnique({ where: { invitationId } })).toMatchObject({ state: "FAILED", attempts: 1 });
    expect(await investmentsAtCashlink(invitationId)).toHaveLength(1);

    const retry = await createCashlinkInvestmentAction({ invitationId, signedAt: SIGNED_AT });
    await expectTheOneInvestment(invitationId, retry.data?.investmentId);
    expect(await getDb().cashlinkInvestmentRequest.findUnique({ where: { invitationId } })).toMatchObject({
      state: "CREATED",
      attempts: 2,
    });
    expect((await audits(invitationId)).map((e) => `${e.action}:${e.outcome}`)).toEqual([
      "cashlink_investment.requested:SUCCESS",
      "cashlink_investment.created:ATTEMPTED",
      "cashlink_investment.failed:FAILURE",
      "cashlink_investment.created:ATTEMPTED",
      "cashlink_investment.created:SUCCESS",
      "cashlink_investment.wallet_linked:ATTEMPTED",
      "cashlink_investment.wallet_linked:SUCCESS",
    ]);
  });

  it("a crash after Cashlink accepted: a live lease refuses a second attempt; once it lapses the resume creates nothing new", async () => {
    const invitationId = await completeInvitation();
    const actor = await signInComplianceActor();
    // The process dies right after Cashlink applied the POST: our row is left SUBMITTING with its lease.
    const dying = {
      ...cashlink,
      createInvestmentFromInvitation: async (input: Parameters<typeof cashlink.createInvestmentFromInvitation>[0]) => {
        await cashlink.createInvestmentFromInvitation(input);
        throw new Error("process killed");
      },
    };
    await expect(
      createCashlinkInvestment(actor, { invitationId, signedAt: new Date("2026-11-20T09:30Z") }, { cashlink: dying }),
    ).rejects.toThrow("process killed");
    const row = await getDb().cashlinkInvestmentRequest.findUniqueOrThrow({ where: { invitationId } });
    expect(row.state).toBe("SUBMITTING");
    expect(await investmentsAtCashlink(invitationId)).toHaveLength(1);

    const early = await createCashlinkInvestmentAction({ invitationId, signedAt: SIGNED_AT });
    expect(early.serverError).toMatch(/being created right now/);

    await getDb().cashlinkInvestmentRequest.update({ where: { id: row.id }, data: { leaseUntil: new Date(Date.now() - 1000) } });
    const resumed = await createCashlinkInvestmentAction({ invitationId, signedAt: SIGNED_AT });
    const investment = await expectTheOneInvestment(invitationId, resumed.data?.investmentId);
    expect(await getDb().cashlinkInvestmentRequest.findUnique({ where: { invitationId } })).toMatchObject({
      state: "CREATED",
      investmentId: investment.id,
    });
  });

  it("a provider error becomes Cashlink's message with the retry promise, and the row stays retryable", async () => {
    const invitationId = await completeInvitation();
    await signInAs("ADMIN");
    await sandbox.setFaults({ errorRate: 1, errorStatus: 503 });
    try {
      const failed = await createCashlinkInvestmentAction({ invitationId, signedAt: SIGNED_AT });
      expect(failed.serverError).toMatch(/Cashlink/);
    } finally {
      await sandbox.resetFaults();
    }
    const retried = await createCashlinkInvestmentAction({ invitationId, signedAt: SIGNED_AT });
    expect(retried.data?.investmentId).toBeTruthy();
    expect(await investmentsAtCashlink(invitationId)).toHaveLength(1);
  });
  it("when linking the wallet fails, the investment stands and the same action links it later", async () => {
    const invitationId = await completeInvitation();
    const actor = await signInComplianceActor();
    const noWallet = {
      ...cashlink,
      setInvestmentWallet: async () => {
        throw new ProviderError({ provider: "cashlink", code: "server_error", status: 503, retryable: true });
      },
    };
    const first = await createCashlinkInvestment(actor, { invitationId, signedAt: new Date("2026-11-20T09:30Z") }, { cashlink: noWallet });
    expect(first.walletId).toBeNull();
    expect(first.walletProblem).toMatch(/^The investment exists, but linking the wallet failed: .* Retry to link it\.$/);
    const again = await createCashlinkInvestmentAction({ invitationId, signedAt: "2026-11-20T09:30:00.000Z" });
    expect(again.data).toMatchObject({ investmentId: first.investmentId, walletProblem: null });
    const atCashlink = await investmentsAtCashlink(invitationId);
    expect(atCashlink).toHaveLength(1);
    expect(atCashlink[0]!.wallet).toBe(again.data!.walletId);
  });
});
