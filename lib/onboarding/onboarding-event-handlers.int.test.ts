import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createPrismaClient } from "@/lib/db/create-client";
import { findAssessments } from "@/lib/onboarding/find-assessments";
import { parseCashlinkWebhook } from "@/lib/events/envelopes/cashlink";
import { parseInvestSuiteEvent } from "@/lib/events/envelopes/investsuite";
import { EVENT_HANDLERS } from "@/lib/events/handlers";
import { ingestEvents } from "@/lib/events/ingest";
import { processEvent } from "@/lib/events/process-event";
import type { InvestSuiteClient } from "@/lib/providers/investsuite/client";
import type { ContractSandbox } from "@/sandbox/investsuite/contract/test-sandbox";
import { startInvestSuiteWithClient } from "@/scripts/test-support/investsuite-app-client";

const db = createPrismaClient(process.env.DATABASE_URL!, 4);

/** Stores a delivery exactly as the intake parses it, then runs the worker's processing on it. */
async function deliverInvestSuite(raw: string) {
  const parsed = parseInvestSuiteEvent(raw);
  if (!parsed.ok) throw new Error(parsed.reason);
  const { newIds } = await ingestEvents(db, { provider: "INVESTSUITE", transport: "HTTP_PUSH", signature: "VALID" }, [parsed.event]);
  for (const id of newIds) expect(await processEvent(db, id, EVENT_HANDLERS)).toBe("processed");
}
async function deliverCashlink(body: { investment_id: string; status: string; changed_at: string }) {
  const parsed = parseCashlinkWebhook(JSON.stringify(body));
  if (!parsed.ok) throw new Error(parsed.reason);
  const { newIds } = await ingestEvents(db, { provider: "CASHLINK", transport: "WEBHOOK", signature: "VALID" }, [parsed.event]);
  expect(await processEvent(db, newIds[0]!, EVENT_HANDLERS)).toBe("processed");
}

describe("InvestSuite assessment events from the sandbox", () => {
  let sandbox: ContractSandbox;
  let investSuite: InvestSuiteClient;
  beforeAll(async () => ({ sandbox, investSuite } = await startInvestSuiteWithClient()));
  afterAll(() => sandbox?.close());

  /** Waits for the sandbox to push `count` more events and delivers them to our intake path. */
  async function forward(fromIndex: number, count: number) {
    const deadline = Date.now() + 5_000;
    while (sandbox.events.length < fromIndex + count && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    const bodies = sandbox.events.slice(fromIndex, fromIndex + count).map((e) => e.body);
    expect(bodies).toHaveLength(count);
    for (const body of bodies) await deliverInvestSuite(body);
    return bodies.map((b) => JSON.parse(b) as { subject: string; action: string; created: string; data: Record<string, unknown> });
  }

  it("links the profile to its portfolio and user, keeps the newest status, and ignores a late older one", async () => {
    const page = await investSuite.listPortfolios({
      query: "config.manager eq 'ROBO_ADVISOR_DISCRETIONARY' and status eq 'ACTIVE'",
      limit: 100,
    });
    const portfolio = page.results.find((p) => !p.config.manager_settings.suitability_profile_id) ?? page.results[0]!;
    const profileId = `N${Date.now().toString(32).toUpperCase().padStart(26, "0").slice(-26)}`.replace(/[ILOU]/g, "0");
    let seen = sandbox.events.length;

    await investSuite.patchPortfolio(portfolio.id, { config: { manager_settings: { suitability_profile_id: profileId } } });
    const events = await forward(seen, sandbox.events.length - seen || 1);
    expect(events.map((e) => `${e.subject}.${e.action}`)).toContain(
      portfolio.config.manager_settings.suitability_profile_id
        ? "portfolios.profile-updated-for-portfolio"
        : "portfolios.profile-created-for-portfolio",
    );
    seen = sandbox.events.length;

    await sandbox.control("POST", "/investsuite/__sandbox/assessments", { profile_id: profileId, value: "COMPLETED" });
    // Event times are milliseconds: keep the two apart so "newer" is well defined.
    await new Promise((r) => setTimeout(r, 5));
    await sandbox.control("POST", "/investsuite/__sandbox/assessments", { profile_id: profileId, value: "ACCEPTED" });
    const [completed] = await forward(seen, 2);
    seen += 2;

    const stored = await db.suitabilityAssessment.findUniqueOrThrow({
      where: { profileId_questionnaireId: { profileId, questionnaireId: "default" } },
    });
    expect(stored.status).toBe("ACCEPTED");
    expect(stored.acceptedAt).not.toBeNull();
    const link = await db.suitabilityProfileLink.findUniqueOrThrow({ where: { portfolioRef: portfolio.id } });
    expect(link).toMatchObject({ profileId, userRef: portfolio.owned_by_user_id });

    // The COMPLETED event delivered again under a new id after ACCEPTED (a late copy): nothing changes.
    await deliverInvestSuite(JSON.stringify({ ...completed, id: `late-${Date.now()}`, version: "1.0.0" }));
    expect((await db.suitabilityAssessment.findUniqueOrThrow({ where: { id: stored.id } })).status).toBe("ACCEPTED");

    // COOLDOWN, which the seed's prose names, comes through the sandbox too.
    await new Promise((r) => setTimeout(r, 5));
    await sandbox.control("POST", "/investsuite/__sandbox/assessments", { profile_id: profileId, value: "COOLDOWN" });
    await forward(seen, 1);
    expect((await db.suitabilityAssessment.findUniqueOrThrow({ where: { id: stored.id } })).status).toBe("COOLDOWN");

    const listed = await findAssessments({ status: "COOLDOWN", user: undefined, portfolio: portfolio.id, page: 1, size: 25 });
    expect(listed.rows).toEqual([
      expect.objectContaining({ profileId, portfolioRef: portfolio.id, userRef: portfolio.owned_by_user_id, status: "COOLDOWN" }),
    ]);
    expect((await findAssessments({ status: "ACCEPTED", user: undefined, portfolio: portfolio.id, page: 1, size: 25 })).rows).toEqual([]);
  });
});

describe("Cashlink investment status events", () => {
  it("refresh the investment we created; an older change arriving late changes nothing", async () => {
    const investmentId = `inv-${Date.now()}`;
    const invitationId = `invitation-${Date.now()}`;
    await db.cashlinkInvestmentRequest.create({
      data: {
        invitationId,
        investorId: "investor",
        campaignId: "campaign",
        units: 10,
        signedAt: new Date("2026-11-20T09:00:00Z"),
        idempotencyKey: `key-${invitationId}`,
        state: "CREATED",
        investmentId,
        investmentStatus: "KYC_PENDING",
        investmentStatusAt: new Date("2026-11-20T09:00:00Z"),
        requestedById: "someone",
      },
    });
    const statusOf = async () => (await db.cashlinkInvestmentRequest.findUniqueOrThrow({ where: { invitationId } })).investmentStatus;

    await deliverCashlink({ investment_id: investmentId, status: "WAITING_FOR_ACCEPTANCE", changed_at: "2026-11-20T10:00:00+00:00" });
    expect(await statusOf()).toBe("WAITING_FOR_ACCEPTANCE");
    await deliverCashlink({ investment_id: investmentId, status: "ACCEPTED", changed_at: "2026-11-20T12:00:00+00:00" });
    await deliverCashlink({ investment_id: investmentId, status: "REVIEW_PENDING", changed_at: "2026-11-20T09:30:00+00:00" });
    expect(await statusOf()).toBe("ACCEPTED");
    // An investment we did not create is processed (it shows on its invitation's page) and touches nothing.
    await deliverCashlink({ investment_id: `other-${Date.now()}`, status: "PAID", changed_at: "2026-11-20T12:00:00+00:00" });
    expect(await statusOf()).toBe("ACCEPTED");
  });
});
