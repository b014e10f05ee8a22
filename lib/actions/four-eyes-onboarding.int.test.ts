import { beforeAll, describe, expect, it } from "vitest";

import { getDb } from "@/lib/db";
import { expireStale } from "@/lib/four-eyes/change-requests";
import { saveCustomerSnapshots } from "@/lib/onboarding/customer-projection";
import { startHarness } from "@/lib/providers/wisealpha/test-sandbox";
import { signInAs } from "@/scripts/test-support/auth";
import { forSuite } from "@/scripts/test-support/for-suite";
import { accountsOf, actAs, type Person } from "@/scripts/test-support/four-eyes";

import { approveChangeRequestAction, cancelChangeRequestAction, rejectChangeRequestAction } from "./approvals";
import { claimCaseAction, decideCaseAction, releaseCaseAction } from "./onboarding-cases";

/**
 * Four eyes on high-risk onboarding approvals, at the actions: the holder's approval only
 * files a change request; the holder, accounts they created/promoted/reset and STAFF are
 * refused and nothing changes; another reviewer approves and the case is APPROVED naming
 * both. Plain approvals and every rejection stay direct; a case that moved on meanwhile
 * fails the approval. Customers come from the WiseAlpha sandbox, projected as the sync does.
 */

const harness = forSuite(() => startHarness({ SANDBOX_WA_CUSTOMERS: "200" }));
let holder: Person;
let mine: Awaited<ReturnType<typeof accountsOf>>;

beforeAll(async () => {
  holder = (await signInAs("ADMIN")).user;
  mine = await accountsOf(holder);
});

/** A case the holder has claimed, for a customer WiseAlpha shows ready to invest; `blocked`: WiseAlpha blocks its withdrawals (high risk). */
async function heldCase(blocked: boolean) {
  const { results } = (await harness.control("GET", "customers?status=invest&can_withdraw=true&limit=200")) as {
    results: { customer_id: string }[];
  };
  const used = new Set((await getDb().onboardingCase.findMany({ select: { subjectRef: true } })).map((c) => c.subjectRef));
  const customerId = results.find((r) => !used.has(r.customer_id))!.customer_id;
  // WiseAlpha's compliance block: the customer may invest but not withdraw.
  if (blocked) await harness.control("POST", `customers/${customerId}/compliance`, { withdrawal_blocked: true });
  await saveCustomerSnapshots(getDb(), [await harness.client().getCustomer(customerId)], new Date());
  const { id: caseId } = await getDb().onboardingCase.findUniqueOrThrow({
    where: { subjectType_subjectRef: { subjectType: "WISEALPHA_CUSTOMER", subjectRef: customerId } },
  });
  await actAs(holder.id);
  expect((await claimCaseAction({ caseId })).serverError).toBeUndefined();
  expect(await getDb().onboardingCase.findUniqueOrThrow({ where: { id: caseId } })).toMatchObject({
    status: "IN_REVIEW",
    providerReady: true,
  });
  return caseId;
}

const approve = (caseId: string, reason = "Provider checks passed" as const) =>
  decideCaseAction({ caseId, decision: "APPROVE", reason, comment: "Looked at it." });

/** Everything a decision touches. */
async function stateOf(caseId: string) {
  const db = getDb();
  const c = await db.onboardingCase.findUniqueOrThrow({ where: { id: caseId }, include: { entries: { orderBy: { id: "asc" } } } });
  return {
    status: c.status,
    decidedAt: c.decidedAt,
    decidedById: c.decidedById,
    entries: c.entries.map((e) => e.summary),
    audits: (await db.auditEntry.findMany({ where: { targetId: caseId }, orderBy: { id: "asc" } })).map((a) => a.action),
    requests: (await db.changeRequest.findMany({ where: { targetId: caseId } })).map((r) => r.state),
  };
}

async function fileHighRisk(caseId: string) {
  await actAs(holder.id);
  const filed = await approve(caseId);
  expect(filed.serverError).toBeUndefined();
  expect(filed.data).toMatchObject({ status: "pending" });
  return (filed.data as { changeRequestId: string }).changeRequestId;
}

describe("four eyes on high-risk onboarding approvals", () => {
  it("a high-risk approval only files; the holder, their linked accounts and STAFF are refused; a second reviewer approves naming both", async () => {
    const caseId = await heldCase(true);
    const changeRequestId = await fileHighRisk(caseId);
    const filed = await stateOf(caseId);
    expect(filed).toMatchObject({ status: "IN_REVIEW", decidedAt: null, requests: ["PENDING"] });
    expect(filed.entries.at(-1)).toBe("Approval asked of a second reviewer");
    expect(filed.audits).not.toContain("onboarding_case.approved");
    expect((await approve(caseId)).serverError).toMatch(/is already waiting for approval/);

    const refused: [string, () => Promise<unknown>, RegExp][] = [
      ["the holder", () => actAs(holder.id), /You asked for this change/],
      ["an account the holder created", () => actAs(mine.created), /within the last \d+ hours/],
      ["an account the holder promoted", () => actAs(mine.promoted), /within the last \d+ hours/],
      ["an account the holder reset", () => actAs(mine.reset), /within the last \d+ hours/],
      ["STAFF", () => signInAs("STAFF"), /STAFF/],
    ];
    for (const [who, become, message] of refused) {
      await become();
      const result = await approveChangeRequestAction({ changeRequestId });
      expect(result.serverError, who).toMatch(message);
      expect(await stateOf(caseId), who).toEqual(filed);
    }

    const second = (await signInAs("COMPLIANCE")).user;
    const approved = await approveChangeRequestAction({ changeRequestId });
    expect(approved.data).toMatchObject({ state: "EXECUTED", result: { caseId, status: "APPROVED" } });
    const after = await stateOf(caseId);
    expect(after).toMatchObject({ status: "APPROVED", decidedById: holder.id, requests: ["EXECUTED"] });
    expect(after.entries).toContain(`Approved by ${holder.email}, second approval by ${second.email}`);
    const audit = await getDb().auditEntry.findFirstOrThrow({ where: { targetId: caseId, action: "onboarding_case.approved" } });
    expect(audit).toMatchObject({ actorId: second.id, outcome: "SUCCESS" });
    expect(audit.details).toMatchObject({
      decidedById: holder.id,
      secondApproverId: second.id,
      changeRequestId,
      reason: "Provider checks passed",
    });
  });

  it('a plain approval is still direct; the reason "Risk accepted after review" makes it high risk', async () => {
    const plain = await heldCase(false);
    const direct = await approve(plain);
    expect(direct.data).toMatchObject({ status: "decided" });
    expect(await stateOf(plain)).toMatchObject({ status: "APPROVED", decidedById: holder.id, requests: [] });

    const accepted = await heldCase(false);
    await actAs(holder.id);
    expect((await approve(accepted, "Risk accepted after review" as never)).data).toMatchObject({ status: "pending" });
    expect(await stateOf(accepted)).toMatchObject({ status: "IN_REVIEW", requests: ["PENDING"] });
  });

  it("rejecting a high-risk case is direct", async () => {
    const caseId = await heldCase(true);
    const rejected = await decideCaseAction({
      caseId,
      decision: "REJECT",
      reason: "Outside the bank's risk appetite",
      comment: "Compliance block.",
    });
    expect(rejected.data).toMatchObject({ status: "decided" });
    expect(await stateOf(caseId)).toMatchObject({ status: "REJECTED", decidedById: holder.id, requests: [] });
  });

  it("a case decided or released since the request makes the approval fail clearly, and nothing is decided", async () => {
    const decided = await heldCase(true);
    const first = await fileHighRisk(decided);
    await decideCaseAction({ caseId: decided, decision: "REJECT", reason: "Customer withdrew", comment: "Asked us to stop." });
    const released = await heldCase(true);
    const second = await fileHighRisk(released);
    expect((await releaseCaseAction({ caseId: released })).serverError).toBeUndefined();

    await signInAs("COMPLIANCE");
    const failed = await approveChangeRequestAction({ changeRequestId: first });
    expect(failed.data).toEqual({
      state: "FAILED",
      error: "The case changed since approval was asked: it is already decided (Rejected). Nothing was decided.",
    });
    expect(await stateOf(decided)).toMatchObject({ status: "REJECTED", requests: ["FAILED"] });
    const notInReview = await approveChangeRequestAction({ changeRequestId: second });
    expect(notInReview.data).toMatchObject({ state: "FAILED", error: expect.stringContaining("it is no longer in review (New)") });
    expect(await stateOf(released)).toMatchObject({ status: "NEW", decidedAt: null, requests: ["FAILED"] });
    expect((await stateOf(released)).audits).not.toContain("onboarding_case.approved");
  });
  it("a refused, withdrawn or expired second approval is said on the case timeline; the case stays in review and may be decided again", async () => {
    const refused = await heldCase(true);
    const refusedId = await fileHighRisk(refused);
    const reviewer = (await signInAs("COMPLIANCE")).user;
    expect(
      (await rejectChangeRequestAction({ changeRequestId: refusedId, reason: "Ask WiseAlpha about the block first." })).serverError,
    ).toBeUndefined();
    expect(await stateOf(refused)).toMatchObject({ status: "IN_REVIEW", decidedAt: null, requests: ["REJECTED"] });
    const refusal = await getDb().onboardingCaseEntry.findFirstOrThrow({ where: { caseId: refused }, orderBy: { id: "desc" } });
    expect(refusal).toMatchObject({
      summary: `Second approval refused by ${reviewer.email}; the case is still in review`,
      actorId: reviewer.id,
      body: "Ask WiseAlpha about the block first.",
    });
    // Nothing waits any more, so the holder may ask again.
    expect((await fileHighRisk(refused)).length).toBeGreaterThan(0);

    const withdrawn = await heldCase(true);
    const withdrawnId = await fileHighRisk(withdrawn);
    expect((await cancelChangeRequestAction({ changeRequestId: withdrawnId })).serverError).toBeUndefined();
    expect((await stateOf(withdrawn)).entries.at(-1)).toBe(`Request for a second approval withdrawn by ${holder.email}`);

    const expired = await heldCase(true);
    const expiredId = await fileHighRisk(expired);
    await getDb().changeRequest.update({ where: { id: expiredId }, data: { expiresAt: new Date(Date.now() - 1_000) } });
    await expireStale();
    expect(await stateOf(expired)).toMatchObject({ status: "IN_REVIEW", requests: ["EXPIRED"] });
    expect((await stateOf(expired)).entries.at(-1)).toBe("Request for a second approval expired unanswered");
  });
});
