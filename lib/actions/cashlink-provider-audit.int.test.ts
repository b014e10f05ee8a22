import { afterEach, expect, it } from "vitest";

import { getDb } from "@/lib/db";
import { collect } from "@/lib/providers/pagination";
import { DEMO_CAMPAIGN_ID, DEMO_INVESTOR_ID, startHarness } from "@/lib/providers/cashlink/test-sandbox";
import { signInAs } from "@/scripts/test-support/auth";
import { forSuite } from "@/scripts/test-support/for-suite";
import { pointAppAtCashlink } from "@/scripts/test-support/provider-app-clients";
import { allowAuditRows, refuseAuditRowOf } from "@/scripts/test-support/refuse-audit";

import { createCashlinkInvestmentAction } from "./cashlink-invitations";

/**
 * Finding 2 for Cashlink: a database failure after Cashlink created the investment leaves the
 * ATTEMPTED row and says it may already have been applied; the retry (same key) creates none.
 */
const sandbox = forSuite(startHarness);
const cashlink = forSuite(async () => pointAppAtCashlink(sandbox));

afterEach(async () => {
  await allowAuditRows();
});

it("create: a DB failure after Cashlink created it says 'may already have been applied'; the retry creates no second one", async () => {
  const { id: invitationId } = await cashlink.createInvitation({ investorId: DEMO_INVESTOR_ID, campaignId: DEMO_CAMPAIGN_ID, units: 1100 });
  await cashlink.submitSelfDisclosure(invitationId, { submittedAt: "2021-11-15T08:33:45.617Z", monthlyIncome: true, netWorth100k: true });
  await cashlink.submitSurvey(invitationId, { submittedAt: "2022-03-22T07:14:13.630308+00:00", answers: [] });
  await cashlink.waiveSurvey(invitationId, "NO_ANSWERS");
  await refuseAuditRowOf("cashlink_investment.created");
  await signInAs("COMPLIANCE");
  const first = await createCashlinkInvestmentAction({ invitationId, signedAt: "2026-11-20T09:30" });
  expect(first.serverError).toMatch(/may already have been applied at Cashlink/);
  const audits = await getDb().auditEntry.findMany({ where: { targetType: "cashlink_invitation", targetId: invitationId } });
  expect(audits.map((a) => `${a.action}:${a.outcome}`)).toContain("cashlink_investment.created:ATTEMPTED");

  await allowAuditRows();
  // The row is still SUBMITTING under its lease; once that lapses, the retry replays the same key.
  await getDb().cashlinkInvestmentRequest.updateMany({ where: { invitationId }, data: { leaseUntil: new Date(0) } });
  const retry = await createCashlinkInvestmentAction({ invitationId, signedAt: "2026-11-20T09:30" });
  expect(retry.serverError).toBeUndefined();
  const investments = (await collect(cashlink.iterateInvestments({ investorId: DEMO_INVESTOR_ID }))).filter(
    (i) => i.invitation_id === invitationId,
  );
  expect(investments).toHaveLength(1);
});
